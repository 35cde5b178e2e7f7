/** International organisations and their organs as a built-in gazetteer, merged into every pack's actors. */
import type { ActorGazetteer, GazetteerActor } from './types.js';

/** One well-known international body: its usual English name, the other names it goes by, and where they come from. */
export interface InternationalBody {
  /** The name it is reported under in every document ("UN Security Council"). */
  name: string;
  /** Other full names and abbreviations ("UNSC"); an organ's are listed behind the parent's prefixes too. */
  aliases?: readonly string[] | undefined;
  /**
   * For an organ of a body in `PARENT_PREFIXES`: its name without the parent's ("Security
   * Council"). It is listed behind each of the parent's prefixes ("UN Security Council", "U.N.
   * Security Council", "United Nations Security Council"); alone it names this organ only in a
   * document that names the parent.
   */
  organ?: string | undefined;
  /** The body it belongs to; with `organ`, the key of its prefixes in `PARENT_PREFIXES`. */
  partOf?: string | undefined;
  /** Where the names are given: the body's own site. */
  source: string;
}

/** How the press writes a parent body before the name of one of its organs (AP and Reuters write "U.N.", most others "UN"). */
export const PARENT_PREFIXES: ReadonlyMap<string, readonly string[]> = new Map([['United Nations', ['UN', 'U.N.', 'United Nations']]]);

const UN = 'United Nations';
const EU = 'European Union';

/**
 * Intergovernmental organisations, their principal organs and agencies, international courts and
 * the Red Cross movement: the bodies news about a conflict appeals to or blames. Non-governmental
 * organisations (Amnesty International, Crisis Group) are left to the rules: their names carry an
 * organisation word. Pronounceable acronyms match in capitals or as a word ("NATO", "Nato"), the
 * others only in capitals (see `caseFits`).
 */
export const INTERNATIONAL_BODIES: readonly InternationalBody[] = [
  { name: UN, aliases: ['UN', 'U.N.', 'United Nations Organization', 'UNO'], source: 'https://www.un.org/en/about-us' },
  { name: 'UN Security Council', organ: 'Security Council', partOf: UN, aliases: ['UNSC'], source: 'https://main.un.org/securitycouncil/' },
  { name: 'UN General Assembly', organ: 'General Assembly', partOf: UN, aliases: ['UNGA'], source: 'https://www.un.org/en/ga/' },
  { name: 'UN Economic and Social Council', organ: 'Economic and Social Council', partOf: UN, aliases: ['ECOSOC'], source: 'https://ecosoc.un.org/en' },
  { name: 'UN Secretariat', organ: 'Secretariat', partOf: UN, source: 'https://www.un.org/en/about-us/secretariat' },
  { name: 'UN Human Rights Council', organ: 'Human Rights Council', partOf: UN, aliases: ['UNHRC'], source: 'https://www.ohchr.org/en/hrbodies/hrc/home' },
  { name: 'UN Human Rights Office', organ: 'Human Rights Office', partOf: UN, aliases: ['OHCHR', 'Office of the UN High Commissioner for Human Rights', 'Office of the United Nations High Commissioner for Human Rights'], source: 'https://www.ohchr.org/en/about-us' },
  { name: 'UN Human Rights Committee', organ: 'Human Rights Committee', partOf: UN, source: 'https://www.ohchr.org/en/treaty-bodies/ccpr' },
  { name: 'UN Committee against Torture', organ: 'Committee against Torture', partOf: UN, source: 'https://www.ohchr.org/en/treaty-bodies/cat' },
  { name: 'UN Committee on the Elimination of Racial Discrimination', organ: 'Committee on the Elimination of Racial Discrimination', partOf: UN, aliases: ['CERD'], source: 'https://www.ohchr.org/en/treaty-bodies/cerd' },
  { name: 'UNHCR', organ: 'Refugee Agency', partOf: UN, aliases: ['UN High Commissioner for Refugees', 'United Nations High Commissioner for Refugees', 'Office of the United Nations High Commissioner for Refugees'], source: 'https://www.unhcr.org/about-unhcr' },
  { name: 'UNICEF', organ: "Children's Fund", partOf: UN, aliases: ["United Nations International Children's Emergency Fund"], source: 'https://www.unicef.org/about-unicef' },
  { name: 'World Food Programme', organ: 'World Food Programme', partOf: UN, aliases: ['WFP', 'World Food Program'], source: 'https://www.wfp.org/overview' },
  { name: 'OCHA', organ: 'Office for the Coordination of Humanitarian Affairs', partOf: UN, aliases: ['UNOCHA'], source: 'https://www.unocha.org/about-ocha' },
  { name: 'UNDP', organ: 'Development Programme', partOf: UN, aliases: ['Development Program'], source: 'https://www.undp.org/about-us' },
  { name: 'UNEP', organ: 'Environment Programme', partOf: UN, aliases: ['Environment Program'], source: 'https://www.unep.org/who-we-are/about-us' },
  { name: 'Food and Agriculture Organization', organ: 'Food and Agriculture Organization', partOf: UN, aliases: ['FAO', 'Food and Agriculture Organisation'], source: 'https://www.fao.org/about/about-fao/en/' },
  { name: 'UNESCO', aliases: ['United Nations Educational, Scientific and Cultural Organization'], source: 'https://www.unesco.org/en/brief' },
  { name: 'UNRWA', organ: 'Relief and Works Agency for Palestine Refugees in the Near East', partOf: UN, source: 'https://www.unrwa.org/who-we-are' },
  { name: 'UNIFIL', organ: 'Interim Force in Lebanon', partOf: UN, source: 'https://unifil.unmissions.org/' },
  { name: 'UNFICYP', organ: 'Peacekeeping Force in Cyprus', partOf: UN, source: 'https://unficyp.unmissions.org/' },
  { name: 'UNMIK', organ: 'Interim Administration Mission in Kosovo', partOf: UN, source: 'https://unmik.unmissions.org/' },
  { name: 'UNMOGIP', organ: 'Military Observer Group in India and Pakistan', partOf: UN, source: 'https://unmogip.unmissions.org/' },
  { name: 'World Health Organization', aliases: ['World Health Organisation'], source: 'https://www.who.int/about' },
  { name: 'International Organization for Migration', aliases: ['IOM', 'International Organisation for Migration'], source: 'https://www.iom.int/about-iom' },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'], source: 'https://www.iaea.org/about' },
  { name: 'International Court of Justice', organ: 'International Court of Justice', partOf: UN, aliases: ['ICJ', 'World Court'], source: 'https://www.icj-cij.org/court' },
  { name: 'International Criminal Court', aliases: ['ICC'], source: 'https://www.icc-cpi.int/about/the-court' },
  { name: 'International Criminal Tribunal for the former Yugoslavia', aliases: ['ICTY'], source: 'https://www.icty.org/en/about' },
  { name: 'International Criminal Tribunal for Rwanda', aliases: ['ICTR'], source: 'https://unictr.irmct.org/en/tribunal' },
  { name: 'Permanent Court of Arbitration', source: 'https://pca-cpa.org/en/about/' },
  { name: 'International Tribunal for the Law of the Sea', aliases: ['ITLOS'], source: 'https://www.itlos.org/en/main/the-tribunal/' },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'], source: 'https://www.icrc.org/en/who-we-are' },
  { name: 'International Federation of Red Cross and Red Crescent Societies', aliases: ['IFRC'], source: 'https://www.ifrc.org/who-we-are' },
  { name: EU, aliases: ['EU', 'E.U.'], source: 'https://european-union.europa.eu/principles-countries-history/eu-institutions-and-bodies-profiles_en' },
  { name: 'European Commission', aliases: ['EU Commission'], source: 'https://commission.europa.eu/about_en' },
  { name: 'European Parliament', aliases: ['EU Parliament'], source: 'https://www.europarl.europa.eu/about-parliament/en' },
  { name: 'European Council', source: 'https://www.consilium.europa.eu/en/european-council/' },
  { name: 'Council of the European Union', aliases: ['Council of the EU', 'EU Council'], source: 'https://www.consilium.europa.eu/en/council-eu/' },
  { name: 'Court of Justice of the European Union', aliases: ['CJEU', 'European Court of Justice', 'ECJ'], source: 'https://curia.europa.eu/jcms/jcms/j_6/en/' },
  { name: 'European Central Bank', aliases: ['ECB'], source: 'https://www.ecb.europa.eu/ecb/html/index.en.html' },
  { name: 'EULEX', aliases: ['EU Rule of Law Mission in Kosovo'], source: 'https://www.eulex-kosovo.eu/' },
  { name: 'Council of Europe', source: 'https://www.coe.int/en/web/about-us/who-we-are' },
  { name: 'European Court of Human Rights', aliases: ['ECtHR'], source: 'https://www.echr.coe.int/the-court' },
  { name: 'Parliamentary Assembly of the Council of Europe', source: 'https://pace.coe.int/en/pages/about-pace' },
  { name: 'Venice Commission', aliases: ['European Commission for Democracy through Law'], source: 'https://www.venice.coe.int/WebForms/pages/?p=01_Presentation' },
  { name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe', 'Organisation for Security and Co-operation in Europe'], source: 'https://www.osce.org/who-we-are' },
  { name: 'OSCE Minsk Group', aliases: ['Minsk Group'], source: 'https://www.osce.org/mg' },
  { name: 'ODIHR', aliases: ['OSCE Office for Democratic Institutions and Human Rights', 'Office for Democratic Institutions and Human Rights'], source: 'https://www.osce.org/odihr' },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance'], source: 'https://www.nato.int/cps/en/natohq/topics_52044.htm' },
  { name: 'KFOR', aliases: ['Kosovo Force'], source: 'https://jfcnaples.nato.int/kfor' },
  { name: 'African Union', source: 'https://au.int/en/overview' },
  { name: 'Arab League', aliases: ['League of Arab States'], source: 'http://www.lasportal.org/' },
  { name: 'Organisation of Islamic Cooperation', aliases: ['OIC', 'Organization of Islamic Cooperation'], source: 'https://www.oic-oci.org/page/?p_id=52&p_ref=26&lan=en' },
  { name: 'Gulf Cooperation Council', aliases: ['GCC', 'Cooperation Council for the Arab States of the Gulf'], source: 'https://www.gcc-sg.org/en' },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'], source: 'https://asean.org/about-asean' },
  { name: 'Organization of American States', aliases: ['OAS'], source: 'https://www.oas.org/en/about/who_we_are.asp' },
  { name: 'Collective Security Treaty Organization', aliases: ['CSTO', 'Collective Security Treaty Organisation'], source: 'https://en.odkb-csto.org/' },
  { name: 'Commonwealth of Independent States', aliases: ['CIS'], source: 'https://e-cis.info/' },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'], source: 'https://eng.sectsco.org/' },
  { name: 'Eurasian Economic Union', aliases: ['EAEU', 'EEU'], source: 'https://eaeunion.org/' },
  { name: 'World Bank', source: 'https://www.worldbank.org/en/who-we-are' },
  { name: 'International Monetary Fund', aliases: ['IMF'], source: 'https://www.imf.org/en/About' },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'], source: 'https://www.wto.org/english/thewto_e/thewto_e.htm' },
];

/**
 * A body as a gazetteer actor: its names, with an organ's name behind each of its parent's
 * prefixes, and the organ's own name kept aside for documents that name the parent.
 *
 * @example
 * bodyActor({ name: 'UN Security Council', organ: 'Security Council', partOf: 'United Nations', aliases: ['UNSC'], source: '' });
 * // { name: 'UN Security Council', kind: 'organisation', aliases: ['UNSC', 'U.N. Security Council', 'United Nations Security Council'],
 * //   international: true, partOf: 'United Nations', shortNames: ['Security Council'] }
 */
export function bodyActor(body: InternationalBody): GazetteerActor {
  const prefixes = body.organ === undefined || body.partOf === undefined ? [] : (PARENT_PREFIXES.get(body.partOf) ?? []);
  // The organ's name and its other names in words ("World Food Program"), not abbreviations nor names that name the parent already.
  const bare = [body.organ ?? '', ...(body.aliases ?? [])].filter((n) => n !== '' && !caseSensitive(n) && !prefixes.some((p) => ` ${n} `.includes(` ${p} `)));
  const prefixed = prefixes.flatMap((p) => bare.map((n) => `${p} ${n}`));
  const aliases = [...new Set([...(body.aliases ?? []), ...prefixed])].filter((a) => a !== body.name);
  const shortNames = body.organ !== undefined && body.organ !== body.name && prefixed.length > 0 ? [body.organ] : [];
  return {
    name: body.name,
    kind: 'organisation',
    aliases,
    international: true,
    ...(body.partOf === undefined ? {} : { partOf: body.partOf }),
    ...(shortNames.length === 0 ? {} : { shortNames }),
  };
}

/**
 * A gazetteer with the international bodies added. A body one of whose names the gazetteer
 * already has is that actor: it keeps its name, kind and side and gains the body's other names
 * (the Kosovo pack's "NATO" becomes "North Atlantic Treaty Organization" too); the others are
 * added after the gazetteer's own actors.
 *
 * @example
 * withInternationalBodies([{ name: 'NATO', kind: 'organisation', aliases: [] }]).find((a) => a.name === 'NATO')?.aliases;
 * // ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance']
 */
export function withInternationalBodies(gazetteer: ActorGazetteer, bodies: readonly InternationalBody[] = INTERNATIONAL_BODIES): ActorGazetteer {
  const out = [...gazetteer];
  const owner = new Map<string, number>();
  out.forEach((a, i) => {
    for (const n of [a.name, ...a.aliases]) if (!owner.has(n.toLowerCase())) owner.set(n.toLowerCase(), i);
  });
  for (const body of bodies) {
    const actor = bodyActor(body);
    const names = [actor.name, ...actor.aliases];
    const existing = names.map((n) => owner.get(n.toLowerCase())).find((i) => i !== undefined);
    const free = names.filter((n) => !owner.has(n.toLowerCase()));
    const base = existing === undefined ? undefined : out[existing];
    if (base === undefined) out.push({ ...actor, aliases: free.filter((n) => n !== actor.name) });
    else out[existing as number] = { ...actor, name: base.name, kind: base.kind, aliases: [...base.aliases, ...free], side: base.side, standsFor: base.standsFor };
    for (const n of free) owner.set(n.toLowerCase(), existing ?? out.length - 1);
  }
  return out;
}

/**
 * Whether a gazetteer name matches the text as written. Names in words match in any case; an
 * abbreviation (a word with two capitals or more: "UN", "ICJ", "LeT") only as written, so that
 * "Let us…" is not Lashkar-e-Taiba and "un" is not the UN. A pronounceable acronym of four letters
 * or more also matches as a word with one capital, as the Guardian and the BBC write them ("Nato",
 * "Unicef"; The Guardian and Observer style guide, "abbreviations and acronyms").
 *
 * @example
 * caseFits('NATO', 'Nato'); // true
 * caseFits('UN', 'Un'); // false
 * caseFits('Red Cross', 'RED CROSS'); // true
 */
export function caseFits(term: string, surface: string): boolean {
  if (!caseSensitive(term) || surface === term) return true;
  const letters = term.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && term === term.toUpperCase() && !/[^\p{L}]/u.test(term) && surface === `${term.charAt(0)}${term.slice(1).toLowerCase()}`;
}

/**
 * Whether a gazetteer name is an abbreviation that matches only as written (see `caseFits`): one
 * word with two capitals or more.
 *
 * @example
 * caseSensitive('LeT'); // true
 * caseSensitive('Minsk Group'); // false
 */
export function caseSensitive(term: string): boolean {
  return !/\s/.test(term) && /\p{Lu}.*\p{Lu}/u.test(term);
}
