import { feedRoute } from '../../lib/feeds';

/** The podcast.xml feeds, beside the pages they carry: see lib/feeds.ts and lib/site-paths.ts (`feedsBeside`). */
export const { getStaticPaths, GET } = feedRoute('[...base]/podcast.xml');
