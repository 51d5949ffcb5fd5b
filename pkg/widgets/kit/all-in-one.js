// Imported first by widgets/index.js (every element): the widgets of that page share the
// all-in-one module, not one module per group. First, so that it runs before any element is
// defined (defining an element upgrades those already on the page, which start loading).
import { useAllInOne } from "./package.js";

useAllInOne();
