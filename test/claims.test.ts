// Claims on small inline texts: claimant, cue, kind, target and the reported clause.
// Each case lists the claims expected, in order, as "kind claimant -cue-> target :: start of text".

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/index';
import { hasDenialWord } from '../server/src/analysis/claims';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly claims: readonly string[];
}

const cases: readonly Case[] = [
  {
    name: 'a pronoun that a question-and-answer piece gives to the one interviewed makes its claim theirs too, not the registry\'s nearest "she"',
    text: 'Lucía Ferrante-Oyelaran on her new novel\n\nLucía Ferrante-Oyelaran’s third novel has sold well.\n\nFerrante-Oyelaran, 44, lives in Portland. We spoke by video.\n\nWhy now?\n\n“Because he would have hated it,” she said. “He was private.”\n\nWhat happened after your second book?\n\nIt sold badly. My editor, Ruth Abernathy, took me to lunch.\n\nAbernathy confirmed it. “I said that,” she wrote.\n\nHow much research did you do?\n\nA lot. I spent two harvest seasons on a farm.\n\n“Research means blisters,” she added.\n\nIs that scene true?\n\n“No. That one I invented.”',
    claims: [
      'assertion Lucía Ferrante-Oyelaran -said-> - :: Because he would have hated it,',
      'assertion Lucía Ferrante-Oyelaran -said-> - :: He was private.',
      'assertion Ruth Abernathy -wrote-> - :: I said that,',
      'assertion Lucía Ferrante-Oyelaran -added-> - :: Research means blisters,',
    ],
  },
  {
    name: 'a closing report\'s tag may end at a comma the writer adds to ("…, the operator announced on Tuesday, in what campaigners called …"); "and" after it goes on with the report',
    text: 'Passengers will pay 12% more from April, the operator announced on Tuesday, in what campaigners called a tax. The toll will rise, the minister said, adding that the army would help. The toll will rise, the minister said, and the army would help.',
    claims: [
      'assertion the operator -announced-> - :: Passengers will pay 12% more from April',
      'assertion the minister -said-> - :: The toll will rise',
      'assertion the minister -adding-> - :: the army would help',
      'assertion the minister -said-> - :: and the army would help',
    ],
  },
  {
    name: 'a dateline is no part of a closing report: a place with its region and date ("SÃO BENEDITO DO SUL, Brazil, May 7 (Global Wire) —"), an abbreviated region ("PORTLAND, Ore. —"), a horizontal bar ("WASHINGTON ―")',
    text: 'SÃO BENEDITO DO SUL, Brazil, May 7 (Global Wire) — The death toll rose to 87 on Tuesday, officials said.\n\nPORTLAND, Ore. — A measles outbreak has grown to 87 cases, officials said Friday.\n\nWASHINGTON ― The plan is an insult to voters, lawmakers said.',
    claims: [
      'assertion officials -said-> - :: The death toll rose to 87 on Tuesday',
      'assertion officials -said-> - :: A measles outbreak has grown to 87 cases',
      'assertion lawmakers -said-> - :: The plan is an insult to voters',
    ],
  },
  {
    name: 'an amount\'s scale ends the amount, not the claimant after it: "the $3.1 billion analysts said it would reach" is the analysts\' claim',
    text: 'Revenue fell to $2.9 billion, below the $3.1 billion analysts said it would reach.',
    claims: ['assertion analysts -said-> - :: it would reach'],
  },
  {
    name: 'a source\'s phrase after the verb\'s comma is no clause of it: "the $3.1 billion analysts had expected, according to LSEG data" makes no claim of "according to LSEG data"',
    text: 'Revenue fell to $2.9 billion, below the $3.1 billion analysts had expected, according to LSEG data.',
    claims: [],
  },
  {
    name: 'a closing tag\'s role is the named body its own sentence opens with ("Veltrix Semiconductor will cut …, the company said"); a lone capitalised opener is not ("Units have lagged: …, the firm said")',
    text: 'Veltrix Semiconductor will cut about 1,200 jobs, the company said on Tuesday.',
    claims: ['assertion Veltrix Semiconductor -said-> - :: Veltrix Semiconductor will cut'],
  },
  {
    name: 'a lone capitalised word opening the tag\'s sentence is no body its role means ("Units have lagged: …, the firm said")',
    text: 'Units have lagged: the median unit price edged up 0.6 per cent, the firm said.',
    claims: ['assertion firm -said->'],
  },
  {
    name: 'a participle\'s object is no claimant: the sentence\'s subject asks',
    text: 'Congress has three ways to enforce a subpoena, including asking federal prosecutors to charge someone.',
    claims: ['demand Congress -asking-> federal prosecutors :: federal prosecutors to charge someone'],
  },
  {
    name: 'a participle\'s subject may carry its acronym in parentheses: "The Union of Rationalist Atheists and Agnostics (UAAR) has launched …, asking"',
    text: 'The Union of Rationalist Atheists and Agnostics (UAAR) has launched a petition, asking the government to respect the ruling.',
    claims: ['demand Union of Rationalist Atheists and Agnostics -asking-> government :: the government to respect the ruling'],
  },
  {
    name: 'accusation with its target, indirect speech',
    text: 'NATO Secretary-General Jens Stoltenberg accused China of giving political backing to Russia.',
    claims: ['accusation NATO Secretary-General Jens Stoltenberg -accused-> China :: China of giving political backing'],
  },
  {
    name: 'denial, demand and warning',
    text: 'The ministry denied that it had sent weapons. Officials urged Russia to halt the attacks. The minister warned Moscow against escalation.',
    claims: [
      'denial ministry -denied-> - :: it had sent weapons',
      'demand Officials -urged-> Russia :: Russia to halt the attacks',
      'warning the minister -warned-> Moscow :: Moscow against escalation',
    ],
  },
  {
    name: 'whom the source told is no part of the claim; a source after a verb that opens the sentence neither; a passive with "not" is no claim',
    text: 'Smith told The Washington Post that the policy would extend to single mothers. Says union leader Frank Dobson: "This offer is an insult." The association put it differently. A vote is not expected before next month.',
    claims: [
      'assertion Smith -told-> - :: the policy would extend',
      'assertion union leader Frank Dobson -Says-> - :: This offer is an insult',
    ],
  },
  {
    name: 'an estimate',
    text: 'The US estimates that approximately 70% of machine tools come from China.',
    claims: ['estimate US -estimates-> - :: approximately 70% of machine tools'],
  },
  {
    name: 'a quotation with a cue after it is the claim',
    text: '“We will not accept these accusations,” spokesman Lin Jian said.',
    claims: ['denial spokesman Lin Jian -said-> - :: We will not accept'],
  },
  {
    name: 'infinitives and non-speech senses are not claims',
    text: 'China has refused to condemn Moscow. President Xi Jinping has maintained a close relationship with Russia.',
    claims: [],
  },
  {
    name: 'a quotation interrupted by its cue is a claim per part, without the cue between them',
    text: '“We have waited long enough,” Mayor Ana Ortiz told reporters. “Riders deserve better, and nobody denies it.”',
    claims: [
      'assertion Mayor Ana Ortiz -told reporters-> - :: We have waited long enough,',
      'assertion Mayor Ana Ortiz -told reporters-> - :: Riders deserve better',
    ],
  },
  {
    name: 'a reported clause that is one quotation is its words, without the marks; two quotations keep theirs',
    text: 'Spokesman Wang Wenbin said that "accusing China of this is itself disinformation". Officials said "never" and "not now" to the plan.',
    claims: ['assertion Spokesman Wang Wenbin -said-> - :: accusing China of this is itself disinformation', 'denial Officials -said-> - :: "never" and "not now" to the plan'],
  },
  {
    name: 'a quotation that runs on past the reported clause opens the claim without its mark',
    text: 'The senator added, "There is no question the city should have been chosen. Today is a sad day."',
    claims: ['assertion the senator -added-> - :: There is no question the city should have been chosen'],
  },
  {
    name: 'telling someone not to do something is a demand',
    text: 'China told the alliance not to bring the same chaos to Asia.',
    claims: ['demand China -told-> alliance :: the alliance not to bring'],
  },
  {
    name: 'an adverb between a passive auxiliary and its verb: the agent after "by" claims, not the subject',
    text: 'A plan for 3,000 refugees was reportedly rejected by Prime Minister Boris Johnson over fears of an amnesty.',
    claims: ['denial Prime Minister Boris Johnson -rejected-> A plan for 3,000 refugees :: A plan for 3,000 refugees'],
  },
  {
    name: 'a passive with its agent: the agent claims, of the subject; or of what follows the agent ("of", "to")',
    text: 'Her comments were dismissed by union leaders. The minister was accused by Democrats of misleading parliament. It is unclear why it was mentioned by Ivanka Trump.',
    claims: ['denial union leaders -dismissed-> Her comments :: Her comments', 'accusation Democrats -accused-> - :: of misleading parliament'],
  },
  {
    name: 'a passive given a quotation before its agent ("was accused of “…” by MPs"): the agent claims the quoted words, of the subject',
    text: 'The chief executive was accused of "treating rivers as a free drain" by MPs on Tuesday. The plan was branded "a disaster" by unions.',
    claims: ['accusation MPs -accused-> The chief executive :: treating rivers as a free drain', 'accusation unions -branded-> The plan :: a disaster'],
  },
  {
    name: 'a passive told to do what a quotation says, before its agent ("were told to “leave now” by police"): the agent demands it of the subject',
    text: 'Residents were told to "leave now" by police.',
    claims: ['demand police -told-> Residents :: leave now'],
  },
  {
    name: 'a plea in court is no demand: "pleaded not guilty" denies, "pleaded guilty" asserts; "pleaded with" asks',
    text: 'Castillo has pleaded not guilty. His brother pleaded guilty to fraud last year. The mother pleaded with the kidnappers to release her son.',
    claims: ['denial Castillo -pleaded-> - :: not guilty', 'assertion his brother -pleaded-> - :: guilty to fraud', 'demand the mother -pleaded-> '],
  },
  {
    name: '"that" before a verb is the claim\'s subject, not the word that opens it; a subjectless "when told of" claims nothing',
    text: 'Tenant groups say that is unlikely. Mary Jones said that the plan was fair. Karen Liu laughed when told of the remark.',
    claims: ['assertion Tenant groups -say-> - :: that is unlikely', 'assertion Mary Jones -said-> - :: the plan was fair'],
  },
  {
    name: 'a report that closes its sentence claims what comes before the comma; not when an object follows the verb, nor a passive',
    text: 'The interior ministry said on Sunday in a statement that 43 teams had been sent. Roads to several villages were blocked by landslides, it said. The toll will rise, said the health minister. Campaigning in 2012, Senator Amy Cole barely mentioned the climate. In 1995, at age seventeen, Mary Jones was told to leave.',
    claims: [
      'assertion interior ministry -said-> - :: 43 teams had been sent',
      'assertion interior ministry -said-> - :: Roads to several villages were blocked by landslides',
      'assertion the health minister -said-> - :: The toll will rise',
    ],
  },
  {
    name: '"… said in a statement:" closing its paragraph claims the quotation that opens the next; not a scare quote inside it, and a colon ends a claim',
    text: 'State Sen. Carla Nunez said in a statement:\n\n"Families will pay for the governor\'s photo opportunity."\n\nIn a statement, the Church denied these allegations:\n\nShe certainly was not \'forced\' to be there.',
    claims: ['assertion State Sen. Carla Nunez -said-> - :: Families will pay for the governor\'s photo opportunity.', 'denial Church -denied-> - :: these allegations'],
  },
  {
    name: 'a closing report before a clause about its source ("said Tom Garza, who leads the union"); "asked not to be named" claims nothing',
    text: 'No final decision has been made, said Tom Garza, who leads the union. The plant will close, said a union official, who asked not to be named.',
    claims: ['assertion Tom Garza -said-> - :: No final decision has been made', 'assertion a union official -said-> - :: The plant will close'],
  },
  {
    name: 'whom a source told runs to "that" past a programme in marks, or to a subject pronoun; a negated report claims nothing',
    text: 'Paul Grady told the Herald he stood by the memo. Gov. Rachel Kim told CNN\'s "State of the Union" that she had asked for an inquiry. Lisa Tran did not respond to requests for comment.',
    claims: ['assertion Paul Grady -told-> - :: he stood by the memo', 'assertion Gov. Rachel Kim -told-> - :: she had asked for an inquiry', 'demand Gov. Rachel Kim -asked-> - :: for an inquiry'],
  },
  {
    name: '"told X to" is a demand only when "to" comes before a clause of its own: "told reporters the association would not return to" asserts',
    text: 'Ingrid Boersma told reporters the association would not return to the table. She told the union to leave.',
    claims: ['denial Ingrid Boersma -told reporters-> - :: the association would not return to the table', 'demand Ingrid Boersma -told-> union :: the union to leave'],
  },
  {
    name: 'a pronoun that closes indirect speech names the last speaker, not whom its own clause is about',
    text: 'The researchers cautioned that the study was small. People who walk more may also eat better, they noted.',
    claims: ['warning researchers -cautioned-> - :: the study was small', 'assertion researchers -noted-> - :: People who walk more may also eat better'],
  },
  {
    name: 'a role word before a body\'s noun names the body ("the General Assembly"): the "he" after it is the man before it',
    text: 'Ban Ki-moon, the secretary general, steps down this year.\n\nThe record: It was under Mr. Ban\'s watch that the General Assembly established U.N. Women. He has championed gay rights. And in recent months, he said he backed the idea of a woman succeeding him.',
    claims: ['assertion Ban Ki-moon, the secretary general -said-> - :: he backed the idea'],
  },
  {
    name: 'a cue of two words ("shot back") is no part of its claim',
    text: 'Republican Mark Holloway shot back that she had never balanced a budget.',
    claims: ['assertion Mark Holloway -shot back-> - :: she had never balanced a budget'],
  },
  {
    name: 'whom a source told ends at a colon ("told the BBC: …")',
    text: 'Its chief economist, Sarah Wells, told the BBC: "There is no quick fix."',
    claims: ['assertion chief economist Sarah Wells -told-> - :: There is no quick fix'],
  },
  {
    name: 'a closing report: past a wire dateline and a linking word, with the source after its article; "were forecast" is a passive, no cue of "Celsius"',
    text: 'MADRID (Reuters) - A wildfire forced more than 3,000 people to leave their homes, regional authorities said. However, the blaze had burned about 2,400 hectares, the Andalusian emergency service said in a statement. Temperatures of up to 42 degrees Celsius were forecast for the weekend.',
    claims: ['assertion regional authorities -said-> - :: A wildfire forced more than 3,000 people', 'assertion Andalusian emergency service -said-> - :: the blaze had burned about 2,400 hectares'],
  },
  {
    name: 'a verb after "and" shares the earlier subject: "… and urged customers to stop" is not urged by the customers',
    text: 'Jessica Tran, a spokeswoman for the company, said it was serious and urged customers to stop using the heaters.',
    claims: ['assertion Jessica Tran, a spokeswoman for the company -said-> - :: it was serious', 'demand Jessica Tran, a spokeswoman for the company -urged-> customers :: customers to stop using the heaters'],
  },
  {
    name: 'a passive with an adverb and no agent makes no claim of its subject',
    text: 'The parents are also accused of putting their social life ahead of their child.',
    claims: [],
  },
];

for (const c of cases) {
  test(`claims: ${c.name}`, () => {
    const a = analyze(c.text);
    const got = a.claims.map((cl) => {
      const who = cl.claimant === null ? '?' : a.entities[cl.claimant]!.fullName;
      return `${cl.kind} ${who} -${cl.cue.text}-> ${cl.target ?? '-'} :: ${cl.text}`;
    });
    assert.equal(got.length, c.claims.length, `claims found: ${JSON.stringify(got)}`);
    c.claims.forEach((want, i) => assert.ok(got[i]!.startsWith(want), `claim ${i}: got “${got[i]}”, want “${want}…”`));
    // A claim is what the source says: never the cue that reports it.
    for (const cl of a.claims) if (cl.cue.start > cl.start) assert.ok(cl.end <= cl.cue.start, `claim “${cl.text}” runs over its cue`);
    for (const cl of a.claims) assert.equal(c.text.slice(cl.start, cl.end), cl.text);
  });
}

test('claims: the denial-word scan finds what the word-boundary regex finds', () => {
  const regex = /\b(?:deny|denies|denied|reject|rejects|rejected|not)\b/i;
  const pieces = ['not', 'NOT', 'Not', 'deny', 'Denies', 'denied', 'reject', 'REJECTS', 'rejected', 'cannot', 'notable', 'knot', 'not_', 'not2', 'not-so', "don't", 'den', 'rejec', 'ſ', 'İ', 'no\u0074', ' ', ',', '-', '_', '9', 'é', '\u2019', 'a'];
  let seed = 7;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let n = 0; n < 5000; n++) {
    let text = '';
    const count = 1 + (next() % 6);
    for (let k = 0; k < count; k++) text += pieces[next() % pieces.length];
    // Every window, as claims.ts reads one: the slice's own edges are word boundaries.
    for (let from = 0; from <= text.length; from++) {
      const to = from + (next() % (text.length - from + 1));
      assert.equal(hasDenialWord(text, from, to), regex.test(text.slice(from, to)), `${JSON.stringify(text)} [${from}, ${to})`);
    }
  }
});

test('claims: "increased its British growth forecast" is a noun, no estimate made by "its British growth"', () => {
  const a = analyze('But on Tuesday, it increased its British growth forecast by 0.1 percentage points to 1.8 percent.');
  assert.deepEqual(a.claims.map((c) => c.text), []);
});

test('claims: "Federal and state officials said" is one group, and "state" before a group noun is no verb', () => {
  const a = analyze('Federal and state officials said 40 people died. Some state officials praised the plan.');
  assert.deepEqual(a.claims.map((c) => [c.claimant === null ? null : a.entities[c.claimant]!.fullName, c.text]), [['Federal and state officials', '40 people died']]);
});

test('claims: a name between commas after a role is its appositive: the report ends before the role, and an opening setting reports nothing', () => {
  const a = analyze("Bills rose. In a statement, Severnside's chief executive, Paul Riordan, apologised. Prices will rise 5 percent, the chief executive, Paul Riordan, said.");
  assert.deepEqual(a.claims.map((c) => c.text), ['Prices will rise 5 percent']);
});

test('claims: what acts show inside another\'s report is part of it ("said the company had shown …"); on its own it is a claim', () => {
  const a = analyze('Judge Martin Ellery said the company had shown "a cavalier disregard" for the law. The data show that sales fell.');
  assert.deepEqual(a.claims.map((c) => c.text), ['the company had shown "a cavalier disregard" for the law', 'sales fell']);
});

test('claims: a passive with an adverb after its auxiliary ("was once asked", "is now forecast") claims nothing of its subject', () => {
  const a = analyze('Ronald Reagan was once asked how the Cold War would end. Revenue is now forecast to fall.');
  assert.deepEqual(a.claims.map((c) => c.text), []);
});

test('claims: what someone thinks inside another\'s report is part of it ("said the union expected …")', () => {
  const a = analyze('Phil Smith, a spokesman for the union, said the union expected production to improve. The union expects a deal.');
  assert.deepEqual(a.claims.map((c) => c.text), ['the union expected production to improve', 'a deal']);
});

test('claims: what someone would say inside another\'s report is part of it ("said it would ask regulators …")', () => {
  const a = analyze('The company said it would ask regulators to approve the drug. The minister will announce the plan on Monday.');
  assert.deepEqual(a.claims.map((c) => c.text), ['it would ask regulators to approve the drug', 'the plan on Monday']);
});
