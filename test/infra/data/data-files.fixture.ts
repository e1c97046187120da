import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A temporary folder holding the given files (path → text). */
export async function folderWith(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "ue-data-"));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), text);
  }
  return folder;
}

export const UNITS = `units:
  - code: UTC505
    title: Introduction à la cyberstructure de l'internet
    kind: UE
    ects: 3
    offerings:
      - { id: S1-soir, term: S1, modality: evening, weekly: [{ day: wednesday, start: "18:15", end: "20:00" }] }
  - code: RSX101
    title: Réseaux et protocoles pour l'Internet
    kind: UE
    ects: 6
    prerequisites: { allOf: [UTC505] }
  - code: UAALOT
    title: Expérience professionnelle
    kind: UA
    uaType: professional-experience
    ects: 17
`;

export const DIPLOMAS = `diplomas:
  - code: LG02501A
    title: Licence informatique (L3)
    level: licence-l3
    totalEcts: 26
    requirements:
      - { kind: all, id: tronc-commun, label: Tronc commun, units: [UTC505, RSX101, UAALOT] }
`;

export const LEARNERS = `learners:
  - id: demo-01
    name: { given: Camille, family: Fictive }
    registrations: [{ diploma: LG02501A, since: "2025-2026 S1" }]
    results: [{ unit: UTC505, semester: "2025-2026 S1", session: 1, grade: 12 }]
`;

