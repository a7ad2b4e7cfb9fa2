import { defineWebExtConfig } from 'wxt';

// `wxt dev` would launch a browser window; there is no display on CI or headless machines,
// and the end-to-end tests launch their own browser.
export default defineWebExtConfig({
  disabled: true,
});
