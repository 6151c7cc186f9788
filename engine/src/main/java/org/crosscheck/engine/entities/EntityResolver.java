package org.crosscheck.engine.entities;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.LocalEntity;
import org.crosscheck.engine.doc.Mention;
import org.crosscheck.engine.doc.MentionKind;
import org.crosscheck.engine.doc.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entity identity across articles (a cross-document service, run after the per-article stages):
 * <ul>
 *   <li>one knowledge-base id is one entity ("Islamic Emirate" and "Taliban");</li>
 *   <li>people whose names fold to the same key are one ("Sergey"/"Sergei Lavrov"); a surname
 *       alone joins the one full name it fits; names differing only in vowels join when both the given
 *       name and the surname agree in their consonants;</li>
 *   <li>organisations and places with the same name, or an acronym and the name it abbreviates;</li>
 *   <li>a person known only by an office ("the Russian foreign minister") joins the one named person
 *       holding it.</li>
 * </ul>
 */
public final class EntityResolver {

    private final KnowledgeBase kb;

    public EntityResolver(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** A local entity with what resolution needs; {@code folded} is the folded full name (or null). */
    private record Node(String article, LocalEntity local, List<String> names, List<String> descriptions,
                        String fullName, String folded) {
    }

    public EntityIndex resolve(List<Document> docs) {
        List<Node> nodes = new ArrayList<>();
        for (Document d : docs) {
            for (LocalEntity e : d.entities()) {
                List<String> names = new ArrayList<>();
                List<String> descs = new ArrayList<>();
                for (int mi : e.mentions()) {
                    Mention m = d.mentions().get(mi);
                    (m.kind() == MentionKind.NAME ? names : descs).add(m.text());
                }
                String full = names.stream().max(Comparator.comparingInt(n -> n.split("\\s+").length)).orElse(null);
                nodes.add(new Node(d.id(), e, names, descs, full, full == null ? null : NameFolding.fold(full)));
            }
        }
        int n = nodes.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            LocalEntity e = node.local();
            List<String> keys = new ArrayList<>();
            if (e.knowledgeId() != null) {
                keys.add("kb:" + e.knowledgeId());
            }
            if (node.fullName() != null) {
                if (e.type() == EntityType.PERSON) {
                    if (node.fullName().split("\\s+").length >= 2) {
                        keys.add("per:" + node.folded());
                    }
                } else {
                    for (String nm : node.names()) {
                        keys.add("name:" + EntityStage.nameKey(nm));
                        for (KnowledgeEntry k : kb.lookup(EntityStage.nameKey(nm))) {
                            keys.add("kb:" + k.id());
                        }
                    }
                }
            }
            for (String k : keys) {
                Integer j = byKey.putIfAbsent(k, i);
                if (j != null && compatible(nodes.get(j), node)) {
                    union(parent, i, j);
                }
            }
        }
        // people: vowel-variant full names, and surnames alone
        Map<String, List<Integer>> bySurname = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            if (node.local().type() == EntityType.PERSON && node.fullName() != null) {
                String[] parts = node.folded().split(" ");
                if (parts.length >= 2) {
                    bySurname.computeIfAbsent(NameFolding.skeleton(parts[parts.length - 1]), k -> new ArrayList<>()).add(i);
                }
            }
        }
        // same consonants in given name and surname: one person ("Tasmagambetov", "Tasmagambitov")
        Map<String, Integer> bySkeleton = new HashMap<>();
        for (List<Integer> group : bySurname.values()) {
            for (int i : group) {
                String[] p = nodes.get(i).folded().split(" ");
                String key = NameFolding.skeleton(p[0]) + "|" + NameFolding.skeleton(p[p.length - 1]);
                Integer j = bySkeleton.putIfAbsent(key, i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            if (node.local().type() != EntityType.PERSON || node.fullName() == null
                    || node.fullName().split("\\s+").length != 1) {
                continue;
            }
            List<Integer> cands = bySurname.getOrDefault(NameFolding.skeleton(node.folded()), List.of());
            Set<Integer> roots = new LinkedHashSet<>();
            cands.forEach(c -> roots.add(find(parent, c)));
            if (roots.size() == 1) {
                union(parent, i, roots.iterator().next());
            }
        }
        // acronyms across articles
        Map<String, Set<Integer>> initials = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            if (node.local().type() == EntityType.PERSON || node.fullName() == null) {
                continue;
            }
            String ini = initials(node.fullName());
            if (ini != null) {
                initials.computeIfAbsent(ini, k -> new LinkedHashSet<>()).add(find(parent, i));
            }
        }
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            if (node.fullName() == null || !EntityStage.isAcronym(node.fullName())) {
                continue;
            }
            Set<Integer> roots = new LinkedHashSet<>();
            for (int r : initials.getOrDefault(node.fullName().replaceAll("s$", ""), Set.of())) {
                roots.add(find(parent, r));
            }
            if (roots.size() == 1) {
                union(parent, i, roots.iterator().next());
            }
        }
        // people known by an office only: the one named holder of that office and affiliation
        Map<String, Set<Integer>> holdersByOffice = new HashMap<>();
        for (int j = 0; j < n; j++) {
            Node o = nodes.get(j);
            if (o.fullName() == null || o.local().type() != EntityType.PERSON) {
                continue;
            }
            for (Role or : o.local().roles()) {
                String aff = affiliationId(or.affiliation());
                if (aff != null) {
                    holdersByOffice.computeIfAbsent(or.title() + "|" + aff, k -> new LinkedHashSet<>()).add(j);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            if (node.local().type() != EntityType.PERSON || node.fullName() != null || node.local().roles().isEmpty()) {
                continue;
            }
            Role r = node.local().roles().get(0);
            TitleLexicon.Title t = kb.titles().lookup(r.title());
            String aff = affiliationId(r.affiliation());
            if (t == null || !t.office() || aff == null) {
                continue;
            }
            Set<Integer> roots = new LinkedHashSet<>();
            for (int j : holdersByOffice.getOrDefault(r.title() + "|" + aff, Set.of())) {
                roots.add(find(parent, j));
            }
            if (roots.size() == 1) {
                union(parent, i, roots.iterator().next());
            }
        }
        return build(docs, nodes, parent);
    }

    private static boolean compatible(Node a, Node b) {
        EntityType ta = a.local().type();
        EntityType tb = b.local().type();
        return ta == tb || a.local().knowledgeId() != null && a.local().knowledgeId().equals(b.local().knowledgeId())
                || ta != EntityType.PERSON && tb != EntityType.PERSON;
    }

    /** One key for "Russian", "Russia's" and "Russia"; a knowledge id when known, else the name's key. */
    private String affiliationId(String affiliation) {
        if (affiliation == null) {
            return null;
        }
        String a = affiliation.replaceAll("(?i)^the\\s+", "");
        KnowledgeEntry c = kb.country(a);
        if (c != null) {
            return c.id();
        }
        List<KnowledgeEntry> es = kb.lookup(a);
        return es.isEmpty() ? EntityStage.nameKey(a) : es.get(0).id();
    }

    private static String initials(String name) {
        String[] words = name.split("[\\s-]+");
        if (words.length < 2) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (lw.equals("of") || lw.equals("the") || lw.equals("and") || lw.equals("for") || w.isEmpty()) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return null;
            }
            sb.append(w.charAt(0));
        }
        return sb.length() >= 2 ? sb.toString() : null;
    }

    private EntityIndex build(List<Document> docs, List<Node> nodes, int[] parent) {
        Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        Map<String, Document> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        record Draft(List<Integer> members, GlobalEntity entity) {
        }
        List<Draft> drafts = new ArrayList<>();
        for (List<Integer> members : clusters.values()) {
            Map<String, int[]> aliasCounts = new LinkedHashMap<>();
            Map<String, String> aliasKind = new HashMap<>();
            Map<String, String> aliasText = new HashMap<>();
            Map<String, GlobalEntity.RoleCount> roles = new LinkedHashMap<>();
            Map<String, Integer> fullNames = new LinkedHashMap<>();
            Set<String> articles = new LinkedHashSet<>();
            Map<EntityType, Integer> types = new java.util.EnumMap<>(EntityType.class);
            String kbId = null;
            int mentionCount = 0;
            boolean named = false;
            for (int i : members) {
                Node node = nodes.get(i);
                LocalEntity e = node.local();
                Document d = byId.get(node.article());
                articles.add(node.article());
                types.merge(e.type(), e.mentions().size(), Integer::sum);
                if (kbId == null && e.knowledgeId() != null) {
                    kbId = e.knowledgeId();
                }
                mentionCount += e.mentions().size();
                for (int mi : e.mentions()) {
                    Mention m = d.mentions().get(mi);
                    addAlias(aliasCounts, aliasKind, aliasText, m.text(), m.kind() == MentionKind.NAME ? "name" : "description");
                    if (m.kind() == MentionKind.NAME) {
                        named = true;
                    }
                }
                if (node.fullName() != null) {
                    fullNames.merge(node.fullName(), 1, Integer::sum);
                }
                for (Role r : e.roles()) {
                    String key = r.title() + "|" + (r.affiliation() == null ? "" : affiliationDisplay(r.affiliation()));
                    GlobalEntity.RoleCount old = roles.get(key);
                    roles.put(key, new GlobalEntity.RoleCount(r.title(),
                            r.affiliation() == null ? null : affiliationDisplay(r.affiliation()),
                            old == null ? r.text() : old.text(), old == null ? 1 : old.count() + 1));
                    if (r.text().split("\\s+").length >= 2 && r.affiliation() != null) {
                        addAlias(aliasCounts, aliasKind, aliasText, r.text(), "role");
                    }
                    if (node.fullName() != null && r.text().length() > 0) {
                        Mention first = firstNameMention(d, e);
                        if (first != null && r.span().end() <= first.span().start()
                                && d.text().substring(r.span().end(), first.span().start()).isBlank()) {
                            addAlias(aliasCounts, aliasKind, aliasText, r.text() + " " + first.text(), "role+name");
                        }
                    }
                }
            }
            KnowledgeEntry entry = kbId == null ? null : kb.get(kbId);
            EntityType type = entry != null ? entry.type()
                    : types.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            String name;
            if (entry != null) {
                name = entry.name();
            } else if (kbId != null && kbId.startsWith("min:")) {
                name = Ministries.canonicalName(kbId, kb);
            } else if (!fullNames.isEmpty()) {
                name = fullNames.entrySet().stream()
                        .max(Comparator.comparingInt((Map.Entry<String, Integer> x) -> x.getKey().split("\\s+").length)
                                .thenComparingInt(Map.Entry::getValue))
                        .get().getKey();
            } else {
                name = aliasText.values().iterator().next();
            }
            List<GlobalEntity.Alias> aliases = new ArrayList<>();
            aliasCounts.forEach((k, c) -> aliases.add(new GlobalEntity.Alias(aliasText.get(k), c[0], aliasKind.get(k))));
            aliases.sort(Comparator.comparingInt(GlobalEntity.Alias::count).reversed());
            // a title given once without its affiliation is the same role as with it
            for (var it = roles.entrySet().iterator(); it.hasNext(); ) {
                GlobalEntity.RoleCount r = it.next().getValue();
                if (r.affiliation() != null) {
                    continue;
                }
                roles.entrySet().stream()
                        .filter(x -> x.getValue().affiliation() != null && x.getValue().title().equals(r.title()))
                        .findFirst()
                        .ifPresent(x -> {
                            GlobalEntity.RoleCount w = x.getValue();
                            x.setValue(new GlobalEntity.RoleCount(w.title(), w.affiliation(), w.text(), w.count() + r.count()));
                            it.remove();
                        });
            }
            List<GlobalEntity.RoleCount> roleList = new ArrayList<>(roles.values());
            roleList.sort(Comparator.comparingInt(GlobalEntity.RoleCount::count).reversed());
            drafts.add(new Draft(members, new GlobalEntity(null, type, name, named, aliases, roleList, mentionCount,
                    new ArrayList<>(articles), kbId)));
        }
        drafts.sort(Comparator.comparingInt((Draft d) -> -d.entity().articles().size())
                .thenComparingInt(d -> -d.entity().mentions())
                .thenComparing(d -> d.entity().name()));
        Map<String, Integer> counters = new HashMap<>();
        List<GlobalEntity> out = new ArrayList<>();
        Map<String, List<String>> localToGlobal = new HashMap<>();
        for (Document d : docs) {
            List<String> slots = new ArrayList<>();
            for (int i = 0; i < d.entities().size(); i++) {
                slots.add(null);
            }
            localToGlobal.put(d.id(), slots);
        }
        for (Draft dr : drafts) {
            GlobalEntity g = dr.entity();
            String prefix = switch (g.type()) {
                case PERSON -> "P";
                case ORGANIZATION -> "O";
                case LOCATION -> "L";
                case MISC -> "M";
            };
            String id = prefix + counters.merge(prefix, 1, Integer::sum);
            out.add(new GlobalEntity(id, g.type(), g.name(), g.named(), g.aliases(), g.roles(), g.mentions(),
                    g.articles(), g.knowledgeId()));
            for (int i : dr.members()) {
                Node node = nodes.get(i);
                localToGlobal.get(node.article()).set(node.local().id(), id);
            }
        }
        return new EntityIndex(out, localToGlobal);
    }

    private static Mention firstNameMention(Document d, LocalEntity e) {
        for (int mi : e.mentions()) {
            Mention m = d.mentions().get(mi);
            if (m.kind() == MentionKind.NAME) {
                return m;
            }
        }
        return null;
    }

    private String affiliationDisplay(String affiliation) {
        String a = affiliation.replaceAll("(?i)^the\\s+", "");
        KnowledgeEntry c = kb.country(a);
        if (c != null) {
            return c.name();
        }
        List<KnowledgeEntry> es = kb.lookup(a);
        return es.isEmpty() ? a : es.get(0).name();
    }

    private static void addAlias(Map<String, int[]> counts, Map<String, String> kinds, Map<String, String> texts,
                                 String text, String kind) {
        String key = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
        counts.computeIfAbsent(key, k -> new int[1])[0]++;
        kinds.putIfAbsent(key, kind);
        texts.putIfAbsent(key, text);
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
