// Jest (CommonJS, Node 20) cannot require content-disposition 3, which is ESM only; Node >= 20.19 can,
// so the apps load the real one. @fastify/static (Bull Board's and Swagger's static files) needs only
// its `create`, which version 1 (Express's copy) provides as its main export.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS file for jest
const contentDisposition = require('../../node_modules/content-disposition');
module.exports = contentDisposition;
module.exports.create = contentDisposition;
