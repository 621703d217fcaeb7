// ERR_MODULE_NOT_FOUND for a static import, with the CommonJS hint.
import '../../fixtures/esm/node_modules/noexports/deep';
