// @ts-check
import { resolve, sep } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import buildTiming from './src/integrations/build-timing.ts';
import validateContent from './src/integrations/validate-content.ts';
import devCharts from './src/integrations/dev-charts.ts';
import {
  SHARED_IMAGE_CACHE,
  forgetPagesWithoutImages,
  imageCacheRecord,
  shareImageCache,
} from './src/integrations/shared-image-cache.ts';
import { sitemapPages } from './src/integrations/sitemap-pages.ts';
import { readVariable } from './src/lib/site/environment.ts';
import { SITE_SECURITY_HEADERS } from './src/lib/site/content-security.ts';
import { remarkContainedImages } from './src/lib/content/body-files.ts';
import { rehypeBodyHeadingIds } from './src/lib/content/heading-ids.ts';
import { bodyRenderingDigest } from './src/lib/content/body-rendering.ts';
import { contentFolderKey } from './src/lib/content/collections.ts';
import {
  SANITIZE_SCHEMA,
  rehypeJsxToHtml,
  rehypeRawWhenPresent,
  rehypeComponentsAsHtml,
  remarkRejectCode,
} from './src/lib/content/mdx-rules.ts';

const contentDir = resolve(readVariable('STUDIO_CONTENT_DIR'));
// One content cache per content folder, so that a fixture or generated archive never reuses the sample's entries.
const cacheKey = contentFolderKey(contentDir);
// Optimized images are shared between the content folders' caches: their names are digests of the image and its transform.
shareImageCache(resolve(`node_modules/.astro/${cacheKey}`), resolve(SHARED_IMAGE_CACHE));
// Pages restored by the incremental build need their images in that cache (see the function).
forgetPagesWithoutImages(resolve(`node_modules/.astro/${cacheKey}`), resolve(SHARED_IMAGE_CACHE));
// The public address (SITE_URL), or none: no made-up host is written into canonical links, feeds or sitemaps.
// A refused SITE_URL (credentials, a query, a path …) stops `astro dev` and `astro build` too, never silently dropped.
const siteUrl = readVariable('SITE_URL')?.href;
// The tests' scratch folder (their copies of the content and their builds, thousands of files) is
// not watched by the dev server, except the content folder it serves (src/data/content-loader.ts
// watches that) and the folders leading to it: watching the rest delayed its start by seconds.
const testScratch = resolve('test/.tmp');
/** @param {string} path */
const isUnwatchedScratch = (path) =>
  path.startsWith(`${testScratch}${sep}`) &&
  path !== contentDir &&
  !contentDir.startsWith(`${path}${sep}`) &&
  !path.startsWith(`${contentDir}${sep}`);
// Pages that ask not to be indexed (English pages that only show the Chinese text, listed from the model) stay out of the sitemap.
const sitemapPageFilter = sitemapPages();

export default defineConfig({
  site: siteUrl,
  output: 'static',
  outDir: readVariable('STUDIO_OUT_DIR'),
  cacheDir: `node_modules/.astro/${cacheKey}`,
  trailingSlash: 'always',
  // Several pages in flight at once: with one, the build waits on every page's file write (half
  // the page phase was idle in the profile).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Scripts stay in files: the Content-Security-Policy allows no inline script. The dev server does
  // not watch the builds kept beside an output (<out>.releases, scripts/lib/output-folder.ts): each
  // holds a whole site, and watching them delayed the start of `astro dev` by seconds per build kept.
  vite: {
    build: { assetsInlineLimit: 0 },
    server: { watch: { ignored: ['**/*.releases/**', isUnwatchedScratch] } },
  },
  // `npm run preview` serves the build with the headers docs/nginx.conf sends (an SVG opened on its own runs
  // no script); the dev server does not, since its own client is inline script.
  server: ({ command }) => (command === 'preview' ? { headers: { ...SITE_SECURITY_HEADERS } } : {}),
  // Pages that return a cacheKey are copied from the previous build when their key and code are unchanged.
  experimental: { incrementalBuild: true },
  // Content is data, never code (src/lib/content/mdx-rules.ts): a body with import, export or {…} does not
  // compile, and raw HTML is sanitized. The remark/rehype pipeline, because rehype-sanitize is one.
  markdown: {
    processor: unified({
      // Images in bodies follow the rule of every file content names (src/lib/content/body-files.ts).
      // The rendering code's digest, an option no plugin reads: Astro's content store and
      // incremental build render bodies and pages again when their code changes.
      remarkPlugins: [
        [remarkRejectCode, { renderingCode: bodyRenderingDigest(process.cwd()) }],
        [remarkContainedImages, { root: contentDir }],
      ],
      rehypePlugins: [
        rehypeJsxToHtml,
        rehypeRawWhenPresent,
        [rehypeSanitize, SANITIZE_SCHEMA],
        rehypeComponentsAsHtml,
        // A body's headings cannot take the ids of the page around it.
        rehypeBodyHeadingIds,
      ],
    }),
  },
  integrations: [
    buildTiming(),
    imageCacheRecord(resolve(`node_modules/.astro/${cacheKey}`), resolve(SHARED_IMAGE_CACHE)),
    validateContent({ contentDir }),
    devCharts(),
    // /sitemap-index.xml and /sitemap-<n>.xml, with a public address only (a sitemap lists absolute
    // addresses): the pages only (not feeds, data or charts), each with its counterpart in the other
    // language; a new file every 45,000 URLs (the protocol allows 50,000).
    // Not the pages that ask not to be indexed: they are neither listed nor named as a counterpart.
    ...(siteUrl
      ? [
          sitemapPageFilter.integration,
          sitemap({
            filter: sitemapPageFilter.isListed,
            serialize: sitemapPageFilter.withAlternates,
            entryLimit: 45_000,
          }),
        ]
      : []),
  ],
});
