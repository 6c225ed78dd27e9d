/** Every input default that is not '' or false, in one place; action.yml's defaults are checked against it. */
export const DEFAULTS = {
  include: ['**', '.well-known/**'],
  maxDeletes: 1000,
  concurrency: 32,
  waitTimeoutSeconds: 600,
  lockTimeoutSeconds: 300,
  indexDocument: 'index.html',
  roleDurationSeconds: 3600,
  releaseName: 'site',
  keepReleases: 5,
} as const;
