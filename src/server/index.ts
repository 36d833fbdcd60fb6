/**
 * The HTTP server: the app, its security middleware and error type, and `serve`.
 */
export type { AppDeps } from './app-deps.ts';
export { buildApp } from './build-app.ts';
export { createApp } from './create-app.ts';
export { HttpError } from './http-error.ts';
export { openApiDocument } from './openapi.ts';
export { CONTENT_SECURITY_POLICY, requireToken } from './security.ts';
export { serve } from './serve.ts';
