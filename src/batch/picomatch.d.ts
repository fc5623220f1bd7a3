// picomatch 2 ships no types; this is the one call used here.
declare module "picomatch" {
  interface Options {
    dot?: boolean;
  }
  function picomatch(pattern: string, options?: Options): (path: string) => boolean;
  export default picomatch;
}
