import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI and language-server tests spawn real processes; a loaded 2-core CI machine needs the slack.
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})
