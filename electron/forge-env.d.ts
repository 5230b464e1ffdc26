// Constants that @electron-forge/plugin-vite defines in the main bundle for the
// renderer named "main_window" (forge.config.ts). The dev server URL is undefined in a
// packaged build, which loads the built index.html instead. Declared here rather than
// via the plugin's forge-vite-env.d.ts, which types the URL as always present.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;
