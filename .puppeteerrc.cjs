/**
 * Puppeteer must not download a browser on `npm install`: this project finds one
 * (PUPPETEER_EXECUTABLE_PATH, a previous download, or a system Chromium) and
 * `npm run setup` fetches one explicitly when none is found.
 * @type {import("puppeteer").Configuration}
 */
module.exports = {
  skipDownload: true,
};
