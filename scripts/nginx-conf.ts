/**
 * Writes the nginx snippet that serves a build with the guide's site-wide headers, from the
 * same source as `_headers` (config/headers.ts). `deploy/nginx.conf` is its output for the
 * README's example; a unit test fails when the two differ.
 *
 * Usage: node scripts/nginx-conf.ts [BASE_PATH] [FOLDER] > deploy/nginx.conf
 *        (defaults: /guide/ and /srv/guide/dist, the folder `dist/` is copied to)
 */
import { nginxSnippet } from '../config/headers.ts';

const [base = '/guide/', root = '/srv/guide/dist'] = process.argv.slice(2);
process.stdout.write(nginxSnippet(base, root));
