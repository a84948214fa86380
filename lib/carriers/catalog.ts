import type { z } from 'zod';
import AE from './data/ae.json';
import AR from './data/ar.json';
import AT from './data/at.json';
import AU from './data/au.json';
import BD from './data/bd.json';
import BE from './data/be.json';
import BR from './data/br.json';
import CA from './data/ca.json';
import CH from './data/ch.json';
import CL from './data/cl.json';
import CN from './data/cn.json';
import CO from './data/co.json';
import CZ from './data/cz.json';
import DE from './data/de.json';
import DK from './data/dk.json';
import EG from './data/eg.json';
import ES from './data/es.json';
import FI from './data/fi.json';
import FR from './data/fr.json';
import GB from './data/gb.json';
import GLOBAL from './data/global.json';
import GR from './data/gr.json';
import HK from './data/hk.json';
import ID from './data/id.json';
import IE from './data/ie.json';
import IL from './data/il.json';
import IN from './data/in.json';
import IT from './data/it.json';
import JP from './data/jp.json';
import KE from './data/ke.json';
import KH from './data/kh.json';
import KR from './data/kr.json';
import LA from './data/la.json';
import LK from './data/lk.json';
import MM from './data/mm.json';
import MO from './data/mo.json';
import MX from './data/mx.json';
import MY from './data/my.json';
import NG from './data/ng.json';
import NL from './data/nl.json';
import NO from './data/no.json';
import NP from './data/np.json';
import NZ from './data/nz.json';
import PE from './data/pe.json';
import PH from './data/ph.json';
import PK from './data/pk.json';
import PL from './data/pl.json';
import PT from './data/pt.json';
import QA from './data/qa.json';
import RU from './data/ru.json';
import SA from './data/sa.json';
import SE from './data/se.json';
import SG from './data/sg.json';
import TH from './data/th.json';
import TR from './data/tr.json';
import TW from './data/tw.json';
import US from './data/us.json';
import VN from './data/vn.json';
import ZA from './data/za.json';
import { type Carrier, carrierFileSchema } from './schema';

/**
 * Every bundled data file by name. Listed one by one (no import.meta.glob) so the same
 * module loads in Vite, vitest and tsx; the data lint test checks that none is missing.
 */
const bundledFiles: Readonly<Record<string, unknown>> = {
  'ae.json': AE,
  'ar.json': AR,
  'at.json': AT,
  'au.json': AU,
  'bd.json': BD,
  'be.json': BE,
  'br.json': BR,
  'ca.json': CA,
  'ch.json': CH,
  'cl.json': CL,
  'cn.json': CN,
  'co.json': CO,
  'cz.json': CZ,
  'de.json': DE,
  'dk.json': DK,
  'eg.json': EG,
  'es.json': ES,
  'fi.json': FI,
  'fr.json': FR,
  'gb.json': GB,
  'global.json': GLOBAL,
  'gr.json': GR,
  'hk.json': HK,
  'id.json': ID,
  'ie.json': IE,
  'il.json': IL,
  'in.json': IN,
  'it.json': IT,
  'jp.json': JP,
  'ke.json': KE,
  'kh.json': KH,
  'kr.json': KR,
  'la.json': LA,
  'lk.json': LK,
  'mm.json': MM,
  'mo.json': MO,
  'mx.json': MX,
  'my.json': MY,
  'ng.json': NG,
  'nl.json': NL,
  'no.json': NO,
  'np.json': NP,
  'nz.json': NZ,
  'pe.json': PE,
  'ph.json': PH,
  'pk.json': PK,
  'pl.json': PL,
  'pt.json': PT,
  'qa.json': QA,
  'ru.json': RU,
  'sa.json': SA,
  'se.json': SE,
  'sg.json': SG,
  'th.json': TH,
  'tr.json': TR,
  'tw.json': TW,
  'us.json': US,
  'vn.json': VN,
  'za.json': ZA,
};

export const carrierFileNames: readonly string[] = Object.keys(bundledFiles);

function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.');
}

/** Parses one data file; the data is our own, so a bad file is a build error, not a fallback. */
export function parseCarrierFile(fileName: string, data: unknown): Carrier[] {
  const result = carrierFileSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issuePath(issue)}: ${issue.message}`);
  throw new Error(`carrier data file ${fileName} is invalid: ${problems.join('; ')}`);
}

export const carriers: readonly Carrier[] = Object.entries(bundledFiles).flatMap(([fileName, data]) =>
  parseCarrierFile(fileName, data),
);

const carriersById = new Map(carriers.map((carrier) => [carrier.id, carrier]));

export function carrierById(id: string): Carrier | undefined {
  return carriersById.get(id);
}
