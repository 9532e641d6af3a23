package org.summarizer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic, synthetic news-like articles for the benchmarks: the same seed and length always give the same
 * text, on every machine and JDK (only {@link Random} with a fixed seed is used).
 *
 * <p>The text is written from templates and word lists made for this project (no copyrighted news): sentences of
 * 12 to 35 words with people, places, organizations, numbers, dates and quotations, one to three sentences per
 * paragraph, paragraphs separated by one line break (the layout of most pasted web text and of the evaluation data,
 * so the service uses its "every line break ends a sentence" pipeline, the same one the bare-CoreNLP baseline
 * builds). A topic is chosen per article and its words recur, so the similarity features have something to find.
 */
public final class Articles {

    /** The seed the benchmarks use unless told otherwise. */
    public static final long DEFAULT_SEED = 20240917L;

    private static final String[] FIRST = {
        "Ana", "Daniel", "Priya", "Tomasz", "Grace", "Malik", "Elena", "Kenji", "Fatima", "Oliver", "Ingrid", "Samuel",
        "Lucia", "Hamid", "Clara", "Joseph", "Mei", "Rafael", "Nora", "Victor", "Amara", "Peter", "Sofia", "Emeka",
        "Hannah", "Luis", "Yara", "Martin", "Leila", "George"
    };
    private static final String[] LAST = {
        "Ruiz",
        "Okafor",
        "Lindqvist",
        "Moreau",
        "Castellano",
        "Brennan",
        "Tanaka",
        "Haddad",
        "Novak",
        "Whitfield",
        "Adeyemi",
        "Kowalski",
        "Sandoval",
        "Ferreira",
        "Halvorsen",
        "Mbeki",
        "Dunmore",
        "Varga",
        "Osei",
        "Kessler",
        "Albright",
        "Nakamura",
        "Petrov",
        "Quinlan",
        "Sorensen",
        "Achebe",
        "Delgado",
        "Fitzroy",
        "Iversen",
        "Marlowe"
    };
    private static final String[] TITLES = {
        "Mayor", "Governor", "Senator", "Minister", "Professor", "Judge", "Chief", "Director", "Commissioner", "Dr."
    };
    private static final String[] ROLES = {
        "a spokeswoman for",
        "a spokesman for",
        "the director of",
        "an analyst at",
        "the chairman of",
        "a researcher at",
        "the head of",
        "a lawyer for",
        "a senior official at",
        "the founder of"
    };
    private static final String[] PLACES = {
        "Millbrook",
        "Port Aldine",
        "Westhaven",
        "Carrow Bay",
        "New Ashford",
        "Redfield",
        "Lake Orrin",
        "Bellmont",
        "Stonebridge",
        "Kingsford",
        "Marrowdale",
        "Eastgate",
        "Fairhaven",
        "Northwick",
        "Silverton",
        "Glenmore",
        "Harlow",
        "Brightwater"
    };
    private static final String[] COUNTRIES = {
        "Canada",
        "Brazil",
        "Kenya",
        "Norway",
        "Japan",
        "Mexico",
        "Poland",
        "India",
        "Australia",
        "Germany",
        "Chile",
        "Ghana",
        "Spain",
        "Vietnam",
        "Egypt",
        "Ireland"
    };
    private static final String[] ORGS = {
        "the Halden Institute",
        "Northline Energy",
        "the Carrow Port Authority",
        "Ashford General Hospital",
        "the National Water Board",
        "Redfield University",
        "Meridian Bank",
        "the Transit Workers Union",
        "Bellmont City Council",
        "the Ministry of Health",
        "Orrin Motors",
        "the Coastal Research Council",
        "Kingsford Airport",
        "the State Transportation Department",
        "Silverton Mining Company",
        "the Federal Election Commission",
        "Glenmore Foods",
        "the Harlow Museum"
    };
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final String[] SAID = {
        "said",
        "told reporters",
        "said in a statement",
        "wrote in a letter",
        "said at a news conference",
        "told a local radio station",
        "said in an interview"
    };

    /** Topics: nouns, verbs (past tense), adjectives and a few fixed phrases that recur within one article. */
    private static final Topic[] TOPICS = {
        new Topic(
                new String[] {
                    "bridge",
                    "cable",
                    "inspection",
                    "traffic",
                    "repair",
                    "closure",
                    "engineer",
                    "commuter",
                    "detour",
                    "contractor",
                    "deck",
                    "toll"
                },
                new String[] {"closed", "inspected", "repaired", "reopened", "delayed", "rerouted", "funded"},
                new String[] {"structural", "temporary", "heavy", "aging", "urgent", "costly"}),
        new Topic(
                new String[] {
                    "budget",
                    "tax",
                    "school",
                    "deficit",
                    "vote",
                    "council",
                    "spending",
                    "fund",
                    "teacher",
                    "pension",
                    "revenue",
                    "proposal"
                },
                new String[] {"approved", "rejected", "debated", "cut", "raised", "proposed", "amended"},
                new String[] {"annual", "fiscal", "public", "federal", "local", "controversial"}),
        new Topic(
                new String[] {
                    "hospital",
                    "vaccine",
                    "patient",
                    "clinic",
                    "outbreak",
                    "nurse",
                    "trial",
                    "treatment",
                    "virus",
                    "doctor",
                    "ward",
                    "shortage"
                },
                new String[] {"treated", "tested", "admitted", "reported", "confirmed", "vaccinated", "warned"},
                new String[] {"medical", "severe", "experimental", "rural", "chronic", "emergency"}),
        new Topic(
                new String[] {
                    "storm",
                    "flood",
                    "river",
                    "rainfall",
                    "evacuation",
                    "dam",
                    "shelter",
                    "resident",
                    "forecast",
                    "coast",
                    "damage",
                    "power"
                },
                new String[] {"flooded", "evacuated", "damaged", "warned", "rescued", "restored", "forecast"},
                new String[] {"coastal", "heavy", "low-lying", "severe", "tropical", "widespread"}),
        new Topic(
                new String[] {
                    "election",
                    "candidate",
                    "ballot",
                    "voter",
                    "campaign",
                    "poll",
                    "debate",
                    "party",
                    "district",
                    "recount",
                    "turnout",
                    "seat"
                },
                new String[] {"won", "conceded", "campaigned", "counted", "challenged", "endorsed", "elected"},
                new String[] {"narrow", "early", "local", "national", "independent", "disputed"}),
        new Topic(
                new String[] {
                    "factory",
                    "worker",
                    "strike",
                    "wage",
                    "contract",
                    "union",
                    "shift",
                    "plant",
                    "layoff",
                    "negotiation",
                    "order",
                    "supplier"
                },
                new String[] {"walked", "negotiated", "signed", "closed", "hired", "paid", "offered"},
                new String[] {"industrial", "hourly", "tentative", "new", "seasonal", "skilled"}),
        new Topic(
                new String[] {
                    "museum",
                    "painting",
                    "exhibition",
                    "collection",
                    "artist",
                    "gallery",
                    "visitor",
                    "curator",
                    "sculpture",
                    "loan",
                    "auction",
                    "archive"
                },
                new String[] {"opened", "displayed", "acquired", "restored", "sold", "returned", "donated"},
                new String[] {"rare", "historic", "modern", "private", "national", "missing"}),
        new Topic(
                new String[] {
                    "airport",
                    "flight",
                    "runway",
                    "passenger",
                    "airline",
                    "delay",
                    "terminal",
                    "pilot",
                    "ticket",
                    "route",
                    "fleet",
                    "crew"
                },
                new String[] {"cancelled", "delayed", "grounded", "landed", "expanded", "launched", "suspended"},
                new String[] {"international", "regional", "direct", "crowded", "overnight", "new"}),
    };

    private static final String[] COMMON_NOUNS = {
        "city",
        "plan",
        "report",
        "week",
        "month",
        "official",
        "family",
        "community",
        "government",
        "company",
        "study",
        "decision",
        "program",
        "issue",
        "area",
        "group",
        "system",
        "project",
        "policy",
        "question",
        "state",
        "leader",
        "service",
        "cost",
        "record",
        "change",
        "problem",
        "agreement",
        "statement",
        "investigation"
    };
    private static final String[] COMMON_ADJ = {
        "new",
        "last",
        "first",
        "large",
        "small",
        "major",
        "recent",
        "final",
        "local",
        "former",
        "several",
        "broader",
        "next",
        "early",
        "clear",
        "difficult",
        "important",
        "similar"
    };

    /** "a" before a vowel becomes "an" ("a union" stays). */
    private static final java.util.regex.Pattern AN = java.util.regex.Pattern.compile("\\b([Aa]) (?=[aeiou])(?!uni)");

    private Articles() {}

    /** An article of about {@code words} words (within one sentence of it) with the default seed. */
    public static String article(int words) {
        return article(words, DEFAULT_SEED);
    }

    /** An article of about {@code words} whitespace-separated words; the same arguments give the same text. */
    public static String article(int words, long seed) {
        Random random = new Random(seed * 1_000_003L + words);
        Article article = new Article(random);
        StringBuilder text = new StringBuilder();
        int count = 0;
        int inParagraph = 0;
        int paragraphLength = 1;
        while (count < words) {
            String sentence = article.sentence(count == 0);
            int sentenceWords = wordCount(sentence);
            if (count > 0 && count + sentenceWords - words > sentenceWords / 2) {
                break; // stop at the sentence boundary nearest to the target
            }
            if (text.length() > 0) {
                if (inParagraph >= paragraphLength) {
                    text.append('\n');
                    inParagraph = 0;
                    paragraphLength = 1 + random.nextInt(3);
                } else {
                    text.append(' ');
                }
            }
            text.append(sentence);
            inParagraph++;
            count += sentenceWords;
        }
        return text.toString();
    }

    /** A title for an article written with the same seed and length. */
    public static String title(int words, long seed) {
        Article article = new Article(new Random(seed * 1_000_003L + words));
        return article.title();
    }

    /** Whitespace-separated words. */
    public static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private record Topic(String[] nouns, String[] verbs, String[] adjectives) {}

    /** The people, places and topic of one article, and the sentence templates over them. */
    private static final class Article {

        private final Random random;
        private final Topic topic;
        private final List<String> people = new ArrayList<>();
        private final String place;
        private final String org;
        private final String otherOrg;

        Article(Random random) {
            this.random = random;
            this.topic = TOPICS[random.nextInt(TOPICS.length)];
            for (int i = 0; i < 4; i++) {
                people.add(pick(FIRST) + " " + pick(LAST));
            }
            this.place = pick(PLACES);
            this.org = pick(ORGS);
            this.otherOrg = pick(ORGS);
        }

        String title() {
            return capitalize(noun()) + " " + verb() + " in " + place + " as " + pick(COMMON_NOUNS) + " "
                    + pick(new String[] {"grows", "ends", "stalls", "begins"});
        }

        String sentence(boolean lead) {
            return AN.matcher(template(lead)).replaceAll("$1n ");
        }

        private String template(boolean lead) {
            if (lead) {
                return capitalize(org) + " " + verb() + " the " + adjective() + " " + noun() + " in " + place
                        + " on " + pick(DAYS) + " after " + number(2, 90) + " " + plural(noun())
                        + " were found, officials said.";
            }
            switch (random.nextInt(14)) {
                case 0:
                    return "\"We " + verb() + " the " + noun() + " because the " + plural(noun()) + " of " + place
                            + " deserve a " + adjective() + " " + pick(COMMON_NOUNS) + ",\" " + person() + " "
                            + pick(SAID) + ".";
                case 1:
                    return capitalize(person()) + ", " + pick(ROLES) + " " + organization() + ", said the "
                            + pick(COMMON_NOUNS) + " would cost about $" + number(2, 900) + " million over "
                            + number(2, 12) + " years.";
                case 2:
                    return "The " + noun() + " was " + verb() + " in " + pick(MONTHS) + " " + number(1990, 2023)
                            + ", when " + number(3, 400) + " " + plural(noun()) + " in " + pick(PLACES)
                            + " were affected.";
                case 3:
                    return "According to a " + pick(COMMON_ADJ) + " " + pick(COMMON_NOUNS) + " by " + organization()
                            + ", the number of " + plural(noun()) + " rose by " + number(2, 60) + " percent to "
                            + number(1000, 99000) + " last year.";
                case 4:
                    return pick(TITLES) + " " + person() + " " + pick(SAID) + " that the " + adjective() + " " + noun()
                            + " had been " + verb() + " twice since " + pick(MONTHS) + ".";
                case 5:
                    return "Critics in " + pick(COUNTRIES) + " and " + pick(COUNTRIES) + " argued that the "
                            + pick(COMMON_NOUNS) + " relied on " + adjective() + " " + plural(noun())
                            + " and left the " + plural(noun()) + " without a " + pick(COMMON_ADJ) + " "
                            + pick(COMMON_NOUNS) + ".";
                case 6:
                    return "He said the " + noun() + " would be " + verb() + " before the end of " + pick(MONTHS)
                            + ", but gave no " + pick(COMMON_ADJ) + " date.";
                case 7:
                    return "Residents of " + place + " have " + verb() + " " + number(2, 40) + " " + plural(noun())
                            + " since the " + noun() + " began, and many say the " + pick(COMMON_NOUNS)
                            + " is " + pick(new String[] {"overdue", "unfair", "welcome", "too slow", "necessary"})
                            + ".";
                case 8:
                    return "The " + pick(COMMON_NOUNS) + " follows a " + pick(COMMON_ADJ) + " " + noun() + " in "
                            + pick(PLACES) + ", where " + organization() + " " + verb() + " " + number(2, 30) + " "
                            + plural(noun()) + " and " + verb() + " another " + number(2, 30) + ".";
                case 9:
                    return "\"It is the " + pick(COMMON_ADJ) + " " + noun() + " we have seen in " + number(5, 50)
                            + " years, and the " + plural(noun()) + " know it,\" said " + person() + ", who has "
                            + "worked for " + organization() + " since " + number(1980, 2020) + ".";
                case 10:
                    return "Officials expect a " + adjective() + " " + noun() + " by " + pick(DAYS)
                            + ", with about " + number(100, 9000) + " " + plural(noun()) + " in " + pick(PLACES)
                            + " and " + pick(PLACES) + " still waiting.";
                case 11:
                    return "The " + adjective() + " " + plural(noun()) + " were " + verb() + " by " + organization()
                            + " and by " + plural(noun()) + " from " + pick(COUNTRIES) + ".";
                case 12:
                    return "In a statement, " + organization() + " said it had " + verb() + " the " + noun()
                            + " and would publish a " + pick(COMMON_ADJ) + " " + pick(COMMON_NOUNS) + " on "
                            + pick(DAYS) + ".";
                default:
                    return "The " + pick(COMMON_NOUNS) + " is expected to meet again next " + pick(DAYS)
                            + " to discuss the " + noun() + ".";
            }
        }

        private String person() {
            return people.get(random.nextInt(people.size()));
        }

        private String organization() {
            return random.nextBoolean() ? org : random.nextBoolean() ? otherOrg : pick(ORGS);
        }

        private String noun() {
            return random.nextInt(4) == 0 ? pick(COMMON_NOUNS) : pick(topic.nouns());
        }

        private String verb() {
            return pick(topic.verbs());
        }

        private String adjective() {
            return random.nextInt(3) == 0 ? pick(COMMON_ADJ) : pick(topic.adjectives());
        }

        private String number(int from, int to) {
            int n = from + random.nextInt(to - from + 1);
            return n >= 1000 && n < 1900 || n > 2100
                    ? String.format(java.util.Locale.ROOT, "%,d", n)
                    : Integer.toString(n);
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private static String plural(String noun) {
            if (noun.endsWith("y") && !noun.endsWith("ay") && !noun.endsWith("ey")) {
                return noun.substring(0, noun.length() - 1) + "ies";
            }
            if (noun.endsWith("s") || noun.endsWith("sh") || noun.endsWith("ch") || noun.endsWith("x")) {
                return noun + "es";
            }
            return noun + "s";
        }

        private static String capitalize(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }

    /** Prints an article: {@code java ... Articles 600 [seed]}. */
    public static void main(String[] args) {
        int words = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        String text = article(words, seed);
        System.out.println(text);
        System.err.printf("%d words, %d characters%n", wordCount(text), text.length());
    }
}
