/**
 * The about page, written from the scheme (Decision 1738/QĐ-UBND of 30/6/2022, see
 * /work/shared/seed): its goal, its 2030 targets, the seven tasks of its appendix and what each
 * agency must do. One JSON file per language, all with this shape; a gap fails the build.
 */
import { z } from 'astro/zod';

const text = z.string().min(1);
const section = z.object({ heading: text, paragraphs: z.array(text) }).strict();

export const aboutSchema = z
  .object({
    title: text,
    lead: text,
    goals: section,
    targets: z.object({ heading: text, items: z.array(z.object({ value: text, text }).strict()).min(1) }).strict(),
    tasks: z
      .object({
        heading: text,
        intro: text,
        columns: z.object({ number: text, task: text, lead: text, partners: text, output: text, timing: text }).strict(),
        rows: z.array(z.object({ task: text, lead: text, partners: text, output: text, timing: text }).strict()).length(7),
      })
      .strict(),
    roles: z
      .object({
        heading: text,
        intro: text,
        items: z
          .array(
            z
              .object({
                agency: text,
                /** Codes of the agency in the CMS, to link its page when it has one. */
                codes: z.array(z.string()).default([]),
                duties: z.array(text).min(1),
              })
              .strict(),
          )
          .min(1),
      })
      .strict(),
    section,
  })
  .strict();

export type About = z.infer<typeof aboutSchema>;
