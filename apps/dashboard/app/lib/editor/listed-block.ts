/** A block as the editor's list and forms use it. */
export interface ListedBlock {
  id: string;
  type: string;
  data: Record<string, unknown>;
  active: boolean;
  featured: boolean;
  startsAt: string | null;
  endsAt: string | null;
}
