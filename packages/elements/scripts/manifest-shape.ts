/**
 * The part of a Custom Elements Manifest (custom-elements.json) this package reads: the framework typings
 * generator and the manifest test read the same fields, so they are described once.
 */
export interface ManifestMember {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  description?: string;
}

export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: ManifestMember[];
  attributes?: { name: string; fieldName?: string }[];
  events?: { name: string }[];
}

export interface CustomElementsManifest {
  modules: { path: string; declarations?: ManifestDeclaration[]; exports?: { kind: string; name: string; declaration?: { name: string } }[] }[];
}
