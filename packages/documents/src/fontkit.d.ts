// fontkit ships no types. We only parse fonts with it and hand them to pdfkit, which takes
// parsed fontkit fonts as font sources (pdfkit 0.20 CHANGELOG) and reads them itself.
declare module "fontkit" {
  export interface Font {
    postscriptName: string;
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
