// Quote finding on small inline texts: which spans are quotations, and which marks are not.
// Each case is data: the text, then the expected quotations as written (marks included).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/index';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly quotes: readonly string[];
}

const cases: readonly Case[] = [
  { name: 'straight marks', text: 'He said "we will win" on Monday.', quotes: ['"we will win"'] },
  { name: 'curly marks', text: 'She called it “a disgrace” and left.', quotes: ['“a disgrace”'] },
  { name: 'apostrophes are not quotes', text: "China's envoy and Russia’s minister met in the ’90s to play rock 'n' roll.", quotes: [] },
  { name: 'inch marks', text: 'The screen measures 2.5" across and weighs 3 kg.', quotes: [] },
  {
    name: 'nested quote stays inside',
    text: 'They said China has “become a decisive enabler through its ‘no limits’ partnership.”',
    quotes: ['“become a decisive enabler through its ‘no limits’ partnership.”'],
  },
  {
    name: 'multi-paragraph quote: each paragraph opens, the last closes',
    text: 'Lin said:\n“The first part of the statement goes on here.\n“And the second part ends here.”\nNext paragraph.',
    quotes: ['“The first part of the statement goes on here.\n“And the second part ends here.”'],
  },
  {
    name: 'stray unmatched mark is skipped without losing the rest',
    text: 'A stray “mark here and nothing closes it.\nLater Wang said “this is real” to reporters.',
    quotes: ['“this is real”'],
  },
  { name: 'headline single quotes', text: "China calls NATO claims 'disinformation'\n\nBody text follows here.", quotes: ["'disinformation'"] },
  {
    name: 'quote interrupted by its attribution is one quotation',
    text: '“We are ready,” the minister said. “We will not wait.”',
    quotes: ['“We are ready,” the minister said. “We will not wait.”'],
  },
  {
    name: 'interrupted quote whose first part ends inside a nested quote is joined',
    text: '“Voters tell me, ‘We are tired of waiting,’” Ms. Hale said. “They want answers.”',
    quotes: ['“Voters tell me, ‘We are tired of waiting,’” Ms. Hale said. “They want answers.”'],
  },
  {
    name: 'a cue followed by a participle clause brings in a second quote',
    text: '“We cannot pay for this,” the mayor said, adding later, “The budget is already stretched thin.”',
    quotes: ['“We cannot pay for this,”', '“The budget is already stretched thin.”'],
  },
  {
    name: "a plural's possessive apostrophe inside single quotes is no closing mark; before a function word it closes",
    text: "'The players' spirit is strong,' said coach Ann Bell. He called them 'cowards' and 'liars' on Monday.",
    quotes: ["'The players' spirit is strong,'", "'cowards'", "'liars'"],
  },
  {
    name: 'a cue clause that ends in a colon after "before adding" brings in another statement',
    text: '"No one expected this," Berg told reporters, before adding: "We will recover."',
    quotes: ['"No one expected this,"', '"We will recover."'],
  },
  {
    name: 'a nickname inside a name is no quotation; a quoted phrase in a title-case headline is',
    text: 'Obama Sees "Personal Insult" If Voters Stay Home\n\nRep. Robert C. "Bobby" Scott and Thomas \'Tip\' O\'Neill said "we spoke at length" there.',
    quotes: ['"Personal Insult"', '"we spoke at length"'],
  },
  {
    name: 'an opener after a cue that nothing closes runs to the end of its paragraph; a stray opener elsewhere is no quote',
    text: 'In a statement, Governor Chris Gregoire said, "The museum put a tremendous amount of effort into this. I am disappointed.\nThe shuttle stays in Florida, with its “crew of five.\nLater he said "briefly" to us.',
    quotes: ['"The museum put a tremendous amount of effort into this. I am disappointed.', '"briefly"'],
  },
  {
    name: 'a title of a show, work or law in marks is no quotation; capitalised words someone said, a headline\'s and one word are',
    text: 'Trump Calls Rival "Crooked Hillary" Again\n\nSanders told MSNBC\'s "Morning Joe" on "Face the Nation," during a "Commander-in-Chief Forum" that the "War On Drugs" failed. Trump called her "Miss Piggy" and hailed himself as "The Comeback Kid" and a "Christian" leader.',
    quotes: ['"Crooked Hillary"', '"Miss Piggy"', '"The Comeback Kid"', '"Christian"'],
  },
  {
    name: 'a title after a noun for a work, or in an apposition to one, is no quotation, a subtitle and a comma inside it too',
    text: 'Her 2021 album “Paper Lanterns” spent 14 weeks at the top. Her 1994 book for general readers, “A Diary in the Ice,” became a bestseller. In her book “The Quiet Hours: Why Deep Work Happens Alone,” she argues for doors. Her critics called it “A Lovely Mess” in print.',
    quotes: ['“A Lovely Mess”'],
  },
  {
    name: 'a second part with its own cue after a title\'s period ("Mr. King added") is another statement',
    text: 'They back "Election Day," a day on which leaders will speak in battleground states. "It is about enthusiasm," Mr. King added.',
    quotes: ['"Election Day,"', '"It is about enthusiasm,"'],
  },
  {
    name: 'a semicolon after the cue ends its clause: the next quotation is another statement',
    text: '"Foolhardy provocation deserves harsh punishment", it added; and, later, "The units must be ready to launch surprise operations".',
    quotes: ['"Foolhardy provocation deserves harsh punishment"', '"The units must be ready to launch surprise operations"'],
  },
  {
    name: 'a second part opening in lower case resumes the sentence, whatever the cue clause holds',
    text: '“Every time you say that,” Tester said, referring to the excuse, “you give ammunition to the critics.”',
    quotes: ['“Every time you say that,” Tester said, referring to the excuse, “you give ammunition to the critics.”'],
  },
  {
    name: 'a part inside a new sentence of paraphrase is not joined to the one before',
    text: "''It may help a visitor,'' Mr. Obama said. And perhaps, he said, it could help officers who, ''in fits and starts, are trying.''",
    quotes: ["''It may help a visitor,''", "''in fits and starts, are trying.''"],
  },
  {
    name: 'a right mark mistyped for a left one opening a paragraph',
    text: 'Barabak noted how Pence carried himself.\n\n” … he delivered a mix of orthodoxy and rejoinders with a coolness,” Barabak wrote.',
    quotes: ['” … he delivered a mix of orthodoxy and rejoinders with a coolness,”'],
  },
  {
    name: 'a second part with a cue of its own is another statement',
    text: '“It is an insult,” Rep. Ann Cole said. “We have been thinking about this for a long time,” added Rep. Tom Reyes.',
    quotes: ['“It is an insult,”', '“We have been thinking about this for a long time,”'],
  },
  {
    name: 'an excerpt marked with straight marks only at paragraph starts keeps its curly quotes',
    text: 'The report says:\n\n"The crowd waited for hours, chanting “We want more!”\n\n"Then the doors opened.\n\n“It was worth it,” one fan said.',
    quotes: ['“We want more!”', '“It was worth it,”'],
  },
  { name: 'digits in marks are no quotation', text: 'Embed: <blockquote data-id="783493499266084864"> and he said "𝒜 fine day" then.', quotes: ['"𝒜 fine day"'] },
  { name: "doubled apostrophes as marks", text: "''This isn't tax reform,'' said Ms. Cole.", quotes: ["''This isn't tax reform,''"] },
  {
    name: "a plural's possessive mark is no quotation mark; a mark that closes an open quotation still is",
    text: "'We are not the villains here,' said the teachers' union leader. He called them 'bad actors' and left. The nurses’ union said pay was ‘the real issue’.",
    quotes: ["'We are not the villains here,'", "'bad actors'", '‘the real issue’'],
  },
  { name: 'spaced clitics from rebuilt text', text: 'Trump \'s rival said "it \'s over" yesterday.', quotes: ['"it \'s over"'] },
];

for (const c of cases) {
  test(`quotes: ${c.name}`, () => {
    const a = analyze(c.text);
    assert.deepEqual(a.quotes.map((q) => q.text), c.quotes);
    for (const q of a.quotes) assert.equal(c.text.slice(q.start, q.end), q.text);
  });
}

test('quotes: kind separates whole statements from a few quoted words', () => {
  const a = analyze('Stoltenberg accused China of "spreading blatant lies".\n"We have always maintained that Ukraine should become a bridge," he said.');
  assert.deepEqual(a.quotes.map((q) => q.kind), ['partial', 'direct']);
});

test('quotes: a few words run on into a quotation in lower case are partial, though the period sits inside; a long run-on carries a statement', () => {
  const a = analyze(
    'Paxton said his office would “fight this activist ruling all the way.” Wang said that “accusing China of spreading false information about Ukraine is itself spreading disinformation.”',
  );
  assert.deepEqual(a.quotes.map((q) => q.kind), ['partial', 'direct']);
});

test('quotes: a short quotation that opens its sentence and ends as a statement is direct; short words inside a sentence stay partial', () => {
  const a = analyze('“It’s a start,” said the mayor.\n\n“No.”\n\nHe called the plan “a good start,” and left. “Fake news” spread. She said: “We will see.”');
  assert.deepEqual(
    a.quotes.map((q) => [q.text, q.kind]),
    [
      ['“It’s a start,”', 'direct'],
      ['“No.”', 'direct'],
      ['“a good start,”', 'partial'],
      ['“Fake news”', 'partial'],
      ['“We will see.”', 'direct'],
    ],
  );
});

test('quotes: in UK style several doubles may nest one after another in a single quote', () => {
  const text = 'Margaret Allingham has waited 19 months. ‘Then it was “after Christmas”. Then it was “the spring”. I’ve stopped asking now,’ she said.';
  assert.deepEqual(
    analyze(text).quotes.map((q) => q.text),
    ['‘Then it was “after Christmas”. Then it was “the spring”. I’ve stopped asking now,’'],
  );
});

test('quotes: in UK style a double quote nests in a single one that closes after it', () => {
  const text = "Mick Lynch said: 'The government talks about \"levelling up\" but it is levelling down the railways.' He said 'no' and she said \"yes\" to them.";
  const a = analyze(text);
  assert.deepEqual(
    a.quotes.map((q) => q.text),
    ["'The government talks about \"levelling up\" but it is levelling down the railways.'", "'no'", '"yes"'],
  );
});
