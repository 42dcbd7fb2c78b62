/**
 * Demo PDFs with real Vietnamese text: a handbook chapter, a tri-fold leaflet, a slide deck and
 * a report. pdfkit's built-in fonts have no Vietnamese glyphs, so a whole TrueType font is
 * embedded (DejaVu Sans, from the npm package `dejavu-fonts-ttf`; subset woff files won't do).
 */
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { PdfSeed, PdfSection } from '../types';

const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT = { regular: path.join(fontDir, 'DejaVuSans.ttf'), bold: path.join(fontDir, 'DejaVuSans-Bold.ttf') };

const RED = '#b71c1c';
const INK = '#212121';
const MUTED = '#616161';

/** Every demo file says what it is, so nobody mistakes it for an official document. */
const DEMO_NOTE = 'Tài liệu mẫu minh họa của chuyên mục CCHC (nội dung demo, không có giá trị pháp lý).';

type Doc = PDFKit.PDFDocument;

function newDocument(spec: PdfSeed, options: PDFKit.PDFDocumentOptions): Doc {
  const doc = new PDFDocument({
    ...options,
    // A fixed date keeps the bytes of a file stable from run to run.
    info: { Title: spec.title, Author: 'Chuyên mục Cải cách hành chính', Subject: spec.subtitle ?? spec.title, CreationDate: new Date('2026-01-01T00:00:00Z') },
  });
  doc.registerFont('regular', FONT.regular);
  doc.registerFont('bold', FONT.bold);
  doc.font('regular');
  return doc;
}

function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

function writeSection(doc: Doc, section: PdfSection, width: number, sizes = { heading: 13, text: 10.5 }) {
  doc.font('bold').fontSize(sizes.heading).fillColor(RED).text(section.heading, { width });
  doc.moveDown(0.4);
  doc.font('regular').fontSize(sizes.text).fillColor(INK);
  for (const paragraph of section.paragraphs ?? []) {
    doc.text(paragraph, { width, align: 'justify', lineGap: 2 });
    doc.moveDown(0.5);
  }
  for (const bullet of section.bullets ?? []) {
    doc.text(`•  ${bullet}`, { width, indent: 0, lineGap: 2 });
    doc.moveDown(0.25);
  }
  doc.moveDown(0.6);
}

function footer(doc: Doc, label: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height, margins } = doc.page;
    const bottom = margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not open a new page
    doc.font('regular').fontSize(7.5).fillColor(MUTED);
    doc.text(`${label} · ${i + 1}/${range.count}`, margins.left, height - 28, { width: width - margins.left - margins.right, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
}

async function handbook(spec: PdfSeed): Promise<Buffer> {
  const doc = newDocument(spec, { size: 'A4', margins: { top: 64, bottom: 64, left: 64, right: 64 }, bufferPages: true });
  const width = doc.page.width - 128;
  // Cover page.
  doc.rect(0, 0, doc.page.width, 260).fill(RED);
  doc.fillColor('#ffffff').font('bold').fontSize(12).text('CẢI CÁCH HÀNH CHÍNH', 64, 80, { width, characterSpacing: 2 });
  doc.fontSize(24).text(spec.title, 64, 110, { width });
  if (spec.subtitle) doc.font('regular').fontSize(12).text(spec.subtitle, { width });
  doc.fillColor(INK).font('regular').fontSize(10).text(DEMO_NOTE, 64, doc.page.height - 140, { width });
  // Contents.
  doc.addPage();
  doc.font('bold').fontSize(16).fillColor(RED).text('Mục lục', { width });
  doc.moveDown(0.6);
  spec.sections.forEach((s, i) => doc.font('regular').fontSize(11).fillColor(INK).text(`${i + 1}. ${s.heading}`, { width }));
  doc.addPage();
  for (const section of spec.sections) writeSection(doc, section, width);
  footer(doc, spec.title);
  return toBuffer(doc);
}

async function report(spec: PdfSeed): Promise<Buffer> {
  const doc = newDocument(spec, { size: 'A4', margins: { top: 56, bottom: 64, left: 70, right: 56 }, bufferPages: true });
  const width = doc.page.width - 126;
  const half = width / 2 - 10;
  const top = doc.y;
  doc.font('bold').fontSize(10).fillColor(INK).text('CƠ QUAN CHỦ TRÌ', 70, top, { width: half, align: 'center' });
  doc.font('regular').fontSize(9).text('(văn bản mẫu)', { width: half, align: 'center' });
  doc.font('bold').fontSize(10).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 70 + half + 20, top, { width: half, align: 'center' });
  doc.text('Độc lập - Tự do - Hạnh phúc', { width: half, align: 'center' });
  doc.moveDown(2);
  doc.font('bold').fontSize(14).text(spec.title.toUpperCase(), 70, doc.y, { width, align: 'center' });
  if (spec.subtitle) doc.font('regular').fontSize(11).text(spec.subtitle, { width, align: 'center' });
  doc.moveDown(1.2);
  for (const section of spec.sections) writeSection(doc, section, width, { heading: 11.5, text: 10.5 });
  doc.moveDown(1);
  doc.font('regular').fontSize(8.5).fillColor(MUTED).text(DEMO_NOTE, { width });
  footer(doc, spec.title);
  return toBuffer(doc);
}

async function slides(spec: PdfSeed): Promise<Buffer> {
  // 16:9 pages, one section a slide.
  const doc = newDocument(spec, { size: [960, 540], margins: { top: 40, bottom: 40, left: 60, right: 60 }, bufferPages: true });
  const width = 840;
  doc.rect(0, 0, 960, 540).fill(RED);
  doc.rect(0, 400, 960, 12).fill('#f2b705');
  doc.fillColor('#ffffff').font('bold').fontSize(34).text(spec.title, 60, 150, { width });
  if (spec.subtitle) doc.font('regular').fontSize(18).text(spec.subtitle, 60, doc.y + 10, { width });
  doc.fontSize(10).text(DEMO_NOTE, 60, 440, { width });
  for (const section of spec.sections) {
    doc.addPage();
    doc.rect(0, 0, 960, 90).fill(RED);
    doc.fillColor('#ffffff').font('bold').fontSize(24).text(section.heading, 60, 30, { width, height: 50, ellipsis: true });
    doc.fillColor(INK).font('regular').fontSize(18);
    doc.y = 120;
    for (const paragraph of section.paragraphs ?? []) {
      doc.text(paragraph, 60, doc.y, { width, lineGap: 4 });
      doc.moveDown(0.6);
    }
    for (const bullet of section.bullets ?? []) {
      doc.fillColor(RED).text('■', 60, doc.y, { continued: true }).fillColor(INK).text(`  ${bullet}`, { width, lineGap: 4 });
      doc.moveDown(0.4);
    }
  }
  footer(doc, spec.title);
  return toBuffer(doc);
}

async function leaflet(spec: PdfSeed): Promise<Buffer> {
  // A tri-fold on landscape A4: three panels a side; the outside's right panel is the cover,
  // and the sections flow through the other panels in reading order.
  const doc = newDocument(spec, { size: 'A4', layout: 'landscape', margins: { top: 36, bottom: 40, left: 30, right: 30 }, bufferPages: true });
  const panelWidth = (doc.page.width - 60) / 3;
  const inner = panelWidth - 30;
  const panelX = (panel: number) => 30 + panel * panelWidth + 15;
  const bottomLimit = doc.page.height - 70;

  doc.rect(panelX(2) - 15, 0, panelWidth + 30, doc.page.height).fill(RED);
  doc.fillColor('#ffffff').font('bold').fontSize(11).text('CẢI CÁCH HÀNH CHÍNH', panelX(2), 80, { width: inner, characterSpacing: 1.5 });
  doc.fontSize(22).text(spec.title, { width: inner });
  if (spec.subtitle) doc.moveDown(0.5).font('regular').fontSize(12).text(spec.subtitle, { width: inner });
  doc.fontSize(8).text(DEMO_NOTE, panelX(2), doc.page.height - 90, { width: inner });

  let page = 0;
  let panel = 0;
  let x = panelX(0);
  doc.y = 40;
  const ensureRoom = (needed: number) => {
    if (doc.y + needed <= bottomLimit) return;
    panel += 1;
    const lastPanel = page === 0 ? 1 : 2;
    if (panel > lastPanel) {
      doc.addPage();
      page += 1;
      panel = 0;
    }
    x = panelX(panel);
    doc.y = 40;
  };
  const block = (text: string, font: 'regular' | 'bold', size: number, color: string, align: 'left' | 'justify') => {
    doc.font(font).fontSize(size);
    ensureRoom(doc.heightOfString(text, { width: inner, lineGap: 1.5 }) + 6);
    doc.fillColor(color).text(text, x, doc.y, { width: inner, align, lineGap: 1.5 });
  };
  for (const section of spec.sections) {
    ensureRoom(60);
    block(section.heading, 'bold', 12, RED, 'left');
    doc.moveDown(0.3);
    for (const paragraph of section.paragraphs ?? []) {
      block(paragraph, 'regular', 9.5, INK, 'justify');
      doc.moveDown(0.4);
    }
    for (const bullet of section.bullets ?? []) {
      block(`•  ${bullet}`, 'regular', 9.5, INK, 'left');
      doc.moveDown(0.2);
    }
    doc.moveDown(0.6);
  }
  footer(doc, spec.title);
  return toBuffer(doc);
}

const LAYOUTS: Record<PdfSeed['layout'], (spec: PdfSeed) => Promise<Buffer>> = { handbook, report, slides, leaflet };

export function renderPdf(spec: PdfSeed): Promise<Buffer> {
  return LAYOUTS[spec.layout](spec);
}
