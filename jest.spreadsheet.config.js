/** `npm run test:spreadsheet`: the LibreOffice check, apart because it needs LibreOffice installed. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/dist/test/spreadsheet'],
  testMatch: ['**/*.spreadsheet.js'],
  transform: {},
};
