/** The Xiufu version, written into every backup's manifest. */
import pkg from '../package.json' with { type: 'json' };

export const APP_VERSION: string = pkg.version;
