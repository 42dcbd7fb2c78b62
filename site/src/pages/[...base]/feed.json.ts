import { feedRoute } from '../../lib/feeds';

/** The feed.json feeds, beside the pages they carry: see lib/feeds.ts and lib/site-paths.ts (`feedsBeside`). */
export const { getStaticPaths, GET } = feedRoute('[...base]/feed.json');
