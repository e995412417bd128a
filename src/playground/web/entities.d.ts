/** Types of entities.js (plain JavaScript for the browser; unit-tested from TypeScript). */
export interface Entity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
  user?: unknown;
}

export type EntityNode =
  | { kind: "text"; text: string }
  | { kind: "entity"; entity: Entity; children: EntityNode[] };

export function entityTree(text: string, entities: Entity[] | undefined): EntityNode[];
export function safeUrl(raw: string): string | undefined;
