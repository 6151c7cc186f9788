import json, os, sys
D = sys.argv[1]
arts = sorted(f for f in os.listdir(D) if f.endswith('.txt'))
text = {f: open(os.path.join(D, f), encoding='utf-8').read() for f in arts}
W = ['a02-dornpress.txt', 'a03-riverside-herald.txt', 'a04-kestrel-times.txt']
MN = ['b05-meridian-news.txt', 'b06-harbor-lights.txt']
CP = ['c04-continental-press.txt', 'c05-plains-gazette.txt', 'c06-eastgate-news.txt']

def art(f, outlet, event, boiler=(), dateline=None):
    t = text[f].split('\n', 1)[0].strip()
    return {"file": f, "outlet_hint": outlet, "title": t, "boilerplate": list(boiler), "dateline": dateline,
            "event": event, "appears_once": []}

articles = [
    art('a01-dornland-daily.txt', 'Dornland Daily', 'EA', dateline='OSTERBY'),
    art('a02-dornpress.txt', 'Dornpress (news agency)', 'EA', dateline='OSTERBY, May 12 (Dornpress)'),
    art('a03-riverside-herald.txt', 'Riverside Herald, reprinting Dornpress', 'EA', ['Read more river news at the Riverside Herald.'], 'OSTERBY, May 12 (Dornpress)'),
    art('a04-kestrel-times.txt', 'Kestrel Times, reprinting Dornpress', 'EA', dateline='OSTERBY, May 12 (Dornpress)'),
    art('a05-velmora-post.txt', 'Velmora Post', 'EA'),
    art('a06-ecowatch-blog.txt', 'a volunteer blog (no metadata)', 'EA', ['Posted by a volunteer. Comments are closed.']),
    art('a07-lowland-radio.txt', 'Lowland Radio', 'EA'),
    art('b01-tarsk-tribune.txt', 'Tarsk Tribune', 'EB', dateline='TARSK'),
    art('b02-valdoria-today.txt', 'Valdoria Today', 'EB'),
    art('b03-civic-voice.txt', 'Civic Voice (party blog)', 'EB', ['Share this post.']),
    art('b04-capital-ledger.txt', 'Capital Ledger', 'EB'),
    art('b05-meridian-news.txt', 'Meridian News', 'EB', dateline='TARSK (Meridian News)'),
    art('b06-harbor-lights.txt', 'Harbor Lights Online, reprinting Meridian News', 'EB', ['Harbor Lights Online republishes news from partner agencies.'], 'TARSK (Meridian News)'),
    art('b07-tarsk-tribune.txt', 'Tarsk Tribune', 'EB'),
    art('c01-oskarn-herald.txt', 'Oskarn Herald', 'EC', dateline='BRENMOOR'),
    art('c02-veltia-times.txt', 'Veltia Times', 'EC'),
    art('c03-brenmoor-observer.txt', 'Brenmoor Observer', 'EC'),
    art('c04-continental-press.txt', 'Continental Press (news agency)', 'EC', dateline='BRENMOOR, June 18 (Continental Press)'),
    art('c05-plains-gazette.txt', 'Plains Gazette, reprinting Continental Press', 'EC', ['Plains Gazette - news for the plains since 1952'], 'BRENMOOR, June 18 (Continental Press)'),
    art('c06-eastgate-news.txt', 'Eastgate News, reprinting Continental Press with light edits', 'EC', dateline='BRENMOOR, June 18 (Continental Press)'),
    art('c07-ostra-valley-radio.txt', 'Ostra Valley Radio', 'EC'),
]
ea = [a['file'] for a in articles if a['event'] == 'EA']
eb = [a['file'] for a in articles if a['event'] == 'EB']
ec = [a['file'] for a in articles if a['event'] == 'EC']
events = [
    {"id": "EA", "name": "Fish kill on the Velmora river blamed on the Castellan Polymers plant", "type": "incident",
     "place": "Osterby, Dornland", "date": "2025-05-10",
     "date_evidence": "a01 (published 2025-05-12, a Monday): dead fish first appeared 'early on Saturday morning'",
     "participants": ["Ilse Marwick", "Castellan Polymers", "Teodor Brandvik", "Rhea Solano", "Amos Keln", "Nadia Fern", "Marta Ullen", "Gregor Imre"],
     "articles": ea},
    {"id": "EB", "name": "Disputed Tarsk municipal election and partial recount", "type": "election",
     "place": "Tarsk", "date": "2025-03-02",
     "date_evidence": "b01 (published 2025-03-02, a Sunday) reports the official results that day; the recount starts the following Monday",
     "participants": ["Oren Halvard", "Piet Dormal", "Lucia Beneventi", "Tarsk Electoral Commission", "Tomas Reyl", "Sanna Kovalainen", "Kamil Ostrowski", "Ines Varga"],
     "articles": eb},
    {"id": "EC", "name": "Signing of the Ostra river water-sharing agreement between Oskarn and Veltia", "type": "summit",
     "place": "Brenmoor", "date": "2025-06-18",
     "date_evidence": "c04: 'BRENMOOR, June 18' and 'signed ... on Wednesday'; 18 June 2025 is a Wednesday",
     "participants": ["Halina Strand", "Bogdan Rusu", "Oskarn", "Veltia"],
     "articles": ec},
]
stories = [ea, eb, ec]

def ent(canon, typ, aliases, role=None):
    e = {"canonical": canon, "type": typ, "aliases": sorted(set([canon] + aliases))}
    if role:
        e["role"] = role
    return e

entities = [
    ent("Ilse Marwick", "PERSON", ["Marwick", "Minister Ilse Marwick", "Environment Minister Ilse Marwick"], "Environment Minister of Dornland"),
    ent("Castellan Polymers", "ORGANIZATION", ["Castellan"]),
    ent("Teodor Brandvik", "PERSON", ["Brandvik", "The head of Castellan Polymers", "the chief executive of Castellan Polymers"], "chief executive of Castellan Polymers"),
    ent("Rhea Solano", "PERSON", ["Solano"], "spokeswoman for Castellan Polymers"),
    ent("Amos Keln", "PERSON", ["Keln", "Chief health officer Amos Keln", "Lower Velmora's chief health officer"], "chief health officer of Lower Velmora province"),
    ent("Nadia Fern", "PERSON", ["Fern"], "hydrologist at Osterby University"),
    ent("Marta Ullen", "PERSON", ["Ullen"], "head of the Velmora Fishers' Cooperative"),
    ent("Gregor Imre", "PERSON", ["Imre"], "chairman of the Environmental Inspectors' Union"),
    ent("Environmental Inspectors' Union", "ORGANIZATION", []),
    ent("Velmora Fishers' Cooperative", "ORGANIZATION", []),
    ent("Osterby University", "ORGANIZATION", []),
    ent("Velmora", "LOCATION", ["Velmora river", "the Velmora", "Lower Velmora"]),
    ent("Osterby", "LOCATION", []),
    ent("Dornland Daily", "ORGANIZATION", []),
    ent("Dornpress", "ORGANIZATION", []),
    ent("Oren Halvard", "PERSON", ["Halvard", "Opposition leader Oren Halvard"], "opposition leader, leader of the Civic Renewal party"),
    ent("Civic Renewal party", "ORGANIZATION", ["Civic Renewal"]),
    ent("Piet Dormal", "PERSON", ["Dormal", "Mayor Piet Dormal", "the mayor"], "Mayor of Tarsk"),
    ent("Lucia Beneventi", "PERSON", ["Beneventi", "Commission chair Lucia Beneventi", "The chair of the electoral commission"], "chair of the Tarsk Electoral Commission"),
    ent("Tarsk Electoral Commission", "ORGANIZATION", ["the electoral commission", "the city's electoral commission"]),
    ent("Tomas Reyl", "PERSON", ["Reyl"], "leader of the Green List"),
    ent("Green List", "ORGANIZATION", []),
    ent("Sanna Kovalainen", "PERSON", ["Kovalainen", "the head of the mission"], "head of the observer mission of the Northern Democracy Forum"),
    ent("Northern Democracy Forum", "ORGANIZATION", []),
    ent("Kamil Ostrowski", "PERSON", ["Ostrowski", "Deputy mayor Kamil Ostrowski"], "deputy mayor of Tarsk"),
    ent("Ines Varga", "PERSON", ["Varga"], "lawyer for the Civic Renewal party"),
    ent("Tarsk", "LOCATION", []),
    ent("Halina Strand", "PERSON", ["Strand", "Prime Minister Halina Strand", "Oskarn's Prime Minister Halina Strand"], "Prime Minister of Oskarn"),
    ent("Bogdan Rusu", "PERSON", ["Rusu", "Water Minister Bogdan Rusu", "Veltian Water Minister Bogdan Rusu"], "Water Minister of Veltia"),
    ent("Felix Amberg", "PERSON", ["Amberg", "Government spokesman Felix Amberg"], "spokesman for the government of Oskarn"),
    ent("Kasimir Lode", "PERSON", ["Lode", "Farmers' leader Kasimir Lode"], "head of the Lower Ostra Farmers' Union"),
    ent("Lower Ostra Farmers' Union", "ORGANIZATION", []),
    ent("Elin Varro", "PERSON", ["Varro"], "hydrologist at the Brenmoor Institute"),
    ent("Brenmoor Institute", "ORGANIZATION", []),
    ent("Brenmoor Observer", "ORGANIZATION", []),
    ent("Continental Water Council", "ORGANIZATION", []),
    ent("Oskarn", "LOCATION", []),
    ent("Veltia", "LOCATION", []),
    ent("Ostra", "LOCATION", ["the Ostra", "Ostra river", "the lower Ostra"]),
    ent("Brenmoor", "LOCATION", []),
]

quotes = []
def q(file, kind, speaker, anchor, same=None, single=None, cue=None):
    for f in (file if isinstance(file, list) else [file]):
        assert text[f].count(anchor) == 1, (f, anchor, text[f].count(anchor))
    files = file if isinstance(file, list) else [file]
    ids = []
    for f in files:
        qid = "Q%d" % (len(quotes) + 1)
        o = {"id": qid, "file": f, "kind": kind, "speaker": speaker, "anchor": anchor}
        if cue: o["cue"] = cue
        if single: o["single_source"] = True
        quotes.append(o)
        ids.append(qid)
    if len(ids) > 1:
        for o in quotes[-len(ids):]:
            o["same_utterance_as"] = [i for i in ids if i != o["id"]]
    return ids

q('a01-dornland-daily.txt', 'reported', 'Ilse Marwick', 'had discharged solvent into the Velmora river')
q('a01-dornland-daily.txt', 'direct', 'Ilse Marwick', 'The solvent came from the Castellan site.')
q('a01-dornland-daily.txt', 'reported', 'Nadia Fern', 'Water samples taken on Sunday showed solvent levels forty times above the legal limit', cue='according to')
q('a01-dornland-daily.txt', 'reported', 'Amos Keln', 'stop fishing on the lower Velmora for at least two weeks', cue='urged')
q('a01-dornland-daily.txt', 'direct', 'Amos Keln', 'Nobody should eat fish from this river until we know more', cue='he said (pronoun: resolve to Keln)')
q(W, 'reported', 'Castellan Polymers', 'that any solvent had left its plant on the Velmora river', cue='denied')
q(W, 'reported', 'Rhea Solano', 'the plant had passed a full safety inspection in March')
q(W, 'direct', 'Rhea Solano', 'We have found nothing that links our site to what happened in the river')
q(W, 'reported', 'Ilse Marwick', 'the fish were killed by solvent released from the Castellan plant')
q(W[:2], 'reported', 'water utility', 'tap water remained safe')
q('a05-velmora-post.txt', 'reported', 'Teodor Brandvik', "rejected the government's accusation that his company poisoned the Velmora river", cue='rejected (description speaker: the head of Castellan Polymers)')
q('a05-velmora-post.txt', 'partial', 'Teodor Brandvik', 'completely unfounded')
q('a05-velmora-post.txt', 'direct', 'Ilse Marwick', 'The fish in the Velmora died because chemicals were dumped into the water from the Castellan facility')
q('a05-velmora-post.txt', 'reported', 'Gregor Imre', 'no inspection of the Castellan site had taken place in March')
q('a05-velmora-post.txt', 'direct', 'Gregor Imre', 'Our members were never sent there this year')
q('a05-velmora-post.txt', 'reported', 'Dornland Daily', 'tests of the river water found solvent at forty times the permitted level', cue='according to (an outlet quoting another outlet)')
q('a05-velmora-post.txt', 'reported', 'Amos Keln', 'people should not fish on the lower river for a fortnight')
q('a06-ecowatch-blog.txt', 'reported', 'Marta Ullen', 'her members had collected more than four tonnes of dead fish since Saturday', single=True)
q('a06-ecowatch-blog.txt', 'direct', 'Marta Ullen', 'I have fished this river for thirty years', single=True, cue='she said (pronoun: resolve to Ullen)')
q('a07-lowland-radio.txt', 'direct', 'Amos Keln', 'Fishing on the lower Velmora should be suspended for two weeks')
q('a07-lowland-radio.txt', 'reported', 'Amos Keln', 'there was no sign that drinking water had been affected')
q('a07-lowland-radio.txt', 'reported', 'Ilse Marwick', 'solvent from the Castellan Polymers plant was responsible for the deaths of the fish')

q('b01-tarsk-tribune.txt', 'reported', 'Oren Halvard', 'ballots in District 4 had been tampered with')
q('b01-tarsk-tribune.txt', 'direct', 'Oren Halvard', 'In District 4, somebody changed the ballots after the polls closed.')
q('b01-tarsk-tribune.txt', 'reported', 'Piet Dormal', 'dismissed the accusations as a desperate excuse for losing')
q('b01-tarsk-tribune.txt', 'direct', 'Piet Dormal', 'The people of Tarsk have spoken', cue='the mayor told (description speaker)')
q('b02-valdoria-today.txt', 'reported', 'Tarsk Electoral Commission', 'rejected allegations of ballot tampering in District 4 as baseless')
q('b02-valdoria-today.txt', 'reported', 'Lucia Beneventi', 'a partial recount of District 4 would begin on Monday next week')
q('b02-valdoria-today.txt', 'direct', 'Lucia Beneventi', 'We have nothing to hide.')
q('b02-valdoria-today.txt', 'reported', 'Oren Halvard', 'accused officials of altering ballot papers in District 4 after voting ended', cue='accused')
q('b03-civic-voice.txt', 'reported', 'Ines Varga', 'the party would challenge the Tarsk result in court on Friday', single=True)
q('b03-civic-voice.txt', 'direct', 'Ines Varga', 'The recount is welcome, but it is not enough.', single=True)
q('b04-capital-ledger.txt', 'reported', 'Sanna Kovalainen', 'will publish their final report within a month', cue='the head of the mission said (description speaker)')
q('b04-capital-ledger.txt', 'direct', 'Sanna Kovalainen', 'Our final report will be public within thirty days')
q('b04-capital-ledger.txt', 'reported', 'Lucia Beneventi', 'there was no evidence of any tampering in District 4')
q('b04-capital-ledger.txt', 'reported', 'Lucia Beneventi', 'a partial recount of the district would start on Monday')
q('b04-capital-ledger.txt', 'reported', 'Civic Renewal party', 'the count in District 4 was manipulated')
q(MN, 'reported', 'Tarsk Electoral Commission', "Votes cast in Tarsk's District 4 will be counted again from Monday")
q(MN, 'reported', 'Lucia Beneventi', 'the partial recount of District 4 would begin on Monday morning')
q(MN, 'reported', 'Oren Halvard', 'ballot papers in District 4 were altered after the polls closed')
q(MN, 'direct', 'Tomas Reyl', 'Our observers saw the same thing: ballots in District 4 were changed')
q(MN, 'reported', 'Sanna Kovalainen', 'the mission would publish its final report within a month')
q('b07-tarsk-tribune.txt', 'partial', 'Kamil Ostrowski', 'a fairy tale invented by bad losers')
q('b07-tarsk-tribune.txt', 'reported', 'Kamil Ostrowski', 'the mayor welcomed the recount and expected it to confirm the result')

q('c01-oskarn-herald.txt', 'direct', 'Halina Strand', 'This treaty will be ratified by both parliaments before October.', single=True)
q('c01-oskarn-herald.txt', 'reported', 'Felix Amberg', 'denied that the deal contained any exchange of territory', cue='denied')
q('c01-oskarn-herald.txt', 'direct', 'Felix Amberg', 'The border stays exactly where it is')
q('c01-oskarn-herald.txt', 'reported', 'Kasimir Lode', 'the agreement would ruin farmers in the lower valley', cue='warned')
q('c02-veltia-times.txt', 'reported', 'Bogdan Rusu', 'Veltia will increase summer releases from the Ostra dam by thirty percent')
q('c02-veltia-times.txt', 'direct', 'Bogdan Rusu', 'Fears that the river will dry up downstream are groundless.')
q('c02-veltia-times.txt', 'reported', 'Kasimir Lode', "the deal spells ruin for the valley's farms")
q('c03-brenmoor-observer.txt', 'reported', 'Bogdan Rusu', 'summer water releases from the Ostra dam will rise by 30 percent')
q('c03-brenmoor-observer.txt', 'reported', 'Elin Varro', 'the lower Ostra could run dry by late August', single=True)
q('c03-brenmoor-observer.txt', 'direct', 'Elin Varro', 'The dam cannot make up for three years of poor rain', single=True)
q(CP, 'reported', 'Bogdan Rusu', 'the dam would let through almost a third more water during the summer months')
q(CP, 'reported', 'Halina Strand', 'rejected reports that the pact involved handing over land', cue='rejected')
q(CP, 'direct', 'Halina Strand', 'There is no land swap in this agreement, none at all')
q('c07-ostra-valley-radio.txt', 'reported', 'Kasimir Lode', 'the treaty would bring ruin to the farmers of the lower valley')
q('c07-ostra-valley-radio.txt', 'direct', 'Kasimir Lode', 'They have signed away our future')

def who(name, files, evidence=None):
    o = {"who": name, "files": files}
    if evidence: o["evidence"] = evidence
    return o

claims = [
    {"id": "KA1", "claim": "Solvent discharged from the Castellan Polymers plant killed the fish in the Velmora river",
     "asserted_by": [who("Ilse Marwick", ['a01-dornland-daily.txt'] + W + ['a05-velmora-post.txt', 'a07-lowland-radio.txt'])],
     "disputed_by": [who("Rhea Solano", W, "Castellan Polymers (through its spokeswoman) denied that any solvent had left its plant; 'nothing that links our site to what happened in the river'"),
                     who("Teodor Brandvik", ['a05-velmora-post.txt'], "rejected the accusation; called the claim 'completely unfounded'")]},
    {"id": "KA2", "claim": "People should stop fishing on the lower Velmora for two weeks",
     "asserted_by": [who("Amos Keln", ['a01-dornland-daily.txt', 'a05-velmora-post.txt', 'a07-lowland-radio.txt'])], "disputed_by": []},
    {"id": "KA3", "claim": "More than four tonnes of dead fish were collected from the river",
     "asserted_by": [who("Marta Ullen", ['a06-ecowatch-blog.txt'])], "disputed_by": [], "single_source": True},
    {"id": "KA4", "claim": "The Castellan plant passed a full safety inspection in March",
     "asserted_by": [who("Rhea Solano", W)],
     "disputed_by": [who("Gregor Imre", ['a05-velmora-post.txt'], "no inspection of the site took place in March")],
     "single_source": True, "note": "three articles, but one agency story and its two reprints: one independent source"},
    {"id": "KA5", "claim": "Water samples showed solvent at forty times the legal limit",
     "asserted_by": [who("Nadia Fern", ['a01-dornland-daily.txt']), who("Dornland Daily", ['a05-velmora-post.txt'])],
     "disputed_by": [], "single_source": True,
     "note": "the Velmora Post only relays the Dornland Daily ('according to the Dornland Daily'): one independent source"},
    {"id": "KB1", "claim": "Ballots in District 4 of the Tarsk election were tampered with",
     "asserted_by": [who("Oren Halvard", ['b01-tarsk-tribune.txt', 'b02-valdoria-today.txt'] + MN),
                     who("Tomas Reyl", MN), who("Civic Renewal party", ['b04-capital-ledger.txt'])],
     "disputed_by": [who("Piet Dormal", ['b01-tarsk-tribune.txt'], "dismissed the accusations as a desperate excuse"),
                     who("Tarsk Electoral Commission", ['b02-valdoria-today.txt'], "rejected the allegations as baseless"),
                     who("Lucia Beneventi", ['b04-capital-ledger.txt'], "no evidence of any tampering"),
                     who("Kamil Ostrowski", ['b07-tarsk-tribune.txt'], "'a fairy tale invented by bad losers'")]},
    {"id": "KB2", "claim": "A partial recount of District 4 begins on Monday",
     "asserted_by": [who("Lucia Beneventi", ['b02-valdoria-today.txt', 'b04-capital-ledger.txt'] + MN),
                     who("Tarsk Electoral Commission", MN)], "disputed_by": []},
    {"id": "KB3", "claim": "The election observer mission will publish its final report within a month",
     "asserted_by": [who("Sanna Kovalainen", ['b04-capital-ledger.txt'] + MN)], "disputed_by": []},
    {"id": "KB4", "claim": "The Civic Renewal party will challenge the Tarsk result in court on Friday",
     "asserted_by": [who("Ines Varga", ['b03-civic-voice.txt'])], "disputed_by": [], "single_source": True},
    {"id": "KB5", "claim": "Mayor Piet Dormal was re-elected by 212 votes",
     "asserted_by": [who("Tarsk Tribune", ['b01-tarsk-tribune.txt']), who("Valdoria Today", ['b02-valdoria-today.txt'])],
     "disputed_by": [], "note": "stated by the outlets in their own voice"},
    {"id": "KC1", "claim": "Veltia will release about 30 percent more water from the Ostra dam in summer",
     "asserted_by": [who("Bogdan Rusu", ['c02-veltia-times.txt', 'c03-brenmoor-observer.txt'] + CP)], "disputed_by": []},
    {"id": "KC2", "claim": "The Ostra water agreement includes a land swap along the border",
     "asserted_by": [who("Brenmoor Observer", ['c03-brenmoor-observer.txt'])],
     "disputed_by": [who("Felix Amberg", ['c01-oskarn-herald.txt'], "denied any exchange of territory"),
                     who("Halina Strand", CP, "rejected reports of handing over land; 'There is no land swap'")],
     "single_source": True, "note": "the outlet's own reporting"},
    {"id": "KC3", "claim": "The water agreement will ruin farmers in the lower Ostra valley",
     "asserted_by": [who("Kasimir Lode", ['c01-oskarn-herald.txt', 'c02-veltia-times.txt', 'c07-ostra-valley-radio.txt'])], "disputed_by": []},
    {"id": "KC4", "claim": "Both parliaments will ratify the treaty before October",
     "asserted_by": [who("Halina Strand", ['c01-oskarn-herald.txt'])], "disputed_by": [], "single_source": True},
    {"id": "KC5", "claim": "The lower Ostra could run dry by late August",
     "asserted_by": [who("Elin Varro", ['c03-brenmoor-observer.txt'])],
     "disputed_by": [who("Bogdan Rusu", ['c02-veltia-times.txt'], "'Fears that the river will dry up downstream are groundless'")],
     "single_source": True},
]
gold = {
    "about": "Reference annotations for crosscheck's own claims development set (samples/claims-dev/articles): 21 short articles, written for crosscheck, from invented outlets about three invented events. Same format and conventions as the seeds' gold file: quotes are located by a unique substring ('anchor'); entities match by canonical name or alias; a claim lists who asserts it and who disputes it, with the files where they do. Outlets (from the .meta.json sidecars) may be holders when an article states a claim in its own voice. 'single_source': true marks claims carried by one independent source (reprints and relayed reports count once); claims without it are carried by two or more.",
    "articles": articles, "events": events, "story_clusters": stories, "entities": entities,
    "quotes": quotes, "claims": claims,
}
out = sys.argv[2]
with open(out, 'w', encoding='utf-8') as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
print(len(articles), 'articles', len(quotes), 'quotes', len(claims), 'claims')
