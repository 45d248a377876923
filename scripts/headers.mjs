// The security headers, said once: the Content-Security-Policy the build puts in index.html's
// <meta>, and every header a static host should send (dist/_headers, written at build time by
// vite.config.ts; docs/hosting.md gives the same for nginx and Caddy; scripts/serve.mjs serves dist/
// with them, for the browser suite and npm run preview).

/** Nothing leaves the device: the page may only load its own files. */
const policy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  // One policy, which accepts only the service worker's address (src/hooks/offline.ts).
  'trusted-types service-worker',
];

/** The policy in index.html's <meta> (a <meta> policy cannot say who may frame the page). */
export const contentSecurityPolicy = policy.join('; ');

/** What the app never uses, denied to the page and to anything it could embed. */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** Every response's headers. */
export const securityHeaders = {
  'Content-Security-Policy': [...policy, "frame-ancestors 'none'"].join('; '),
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * How long a browser may keep a file: the hashed assets for ever, the page itself never without
 * asking (paths that do not overlap: hosts join the values of every rule that matches).
 */
export const cacheControl = {
  '/assets/*': 'public, max-age=31536000, immutable',
  '/': 'no-cache',
  '/index.html': 'no-cache',
  '/sw.js': 'no-cache',
  '/manifest.webmanifest': 'no-cache',
};

/** dist/_headers, in the format Netlify and Cloudflare Pages read. */
export function headersFile() {
  const block = (path, headers) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    '# Written by the build from scripts/headers.mjs: edit that file, not this one.',
    block('/*', securityHeaders),
    ...Object.entries(cacheControl).map(([path, value]) => block(path, { 'Cache-Control': value })),
  ].join('\n\n')}\n`;
}
