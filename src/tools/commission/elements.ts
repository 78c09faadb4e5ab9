/**
 * Both custom elements of /tools/commission/ in one module: the page always has both, and one
 * script compresses better than two chunks sharing a third.
 */
import './element';
import './clawback-element';
