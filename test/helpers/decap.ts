/** Driving the web editor in the tests: the helpers live with the scripts (scripts/lib/decap.ts), which the benchmark uses too. */
export {
  choose,
  field,
  markReady,
  openNew,
  publish,
  publishNow,
  save,
  signIn,
  upload,
} from '../../scripts/lib/decap.ts';
