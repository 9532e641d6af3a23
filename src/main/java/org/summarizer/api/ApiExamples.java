package org.summarizer.api;

/** Examples shown in the OpenAPI document and Swagger UI. */
final class ApiExamples {

    static final String ARTICLE = "The city council approved a $2.1 billion budget on Tuesday after a six-hour"
            + " debate.\nThe plan raises spending on schools by 4 percent and freezes property taxes for a third"
            + " year.\nMayor Ana Ruiz called the vote \"a promise kept to working families.\"\nCritics said the"
            + " budget relies on one-time federal money that runs out in 2026.\nThe council will hold hearings"
            + " on the transit plan next month.";

    static final String DEFAULT_REQUEST = "{\"text\": \"The city council approved a $2.1 billion budget on Tuesday"
            + " after a six-hour debate.\\nThe plan raises spending on schools by 4 percent and freezes property"
            + " taxes for a third year.\\nMayor Ana Ruiz called the vote a promise kept to working families.\","
            + " \"title\": \"Council approves budget\", \"sentences\": 2}";

    static final String BUDGET_REQUEST = "{\"text\": \"...\", \"sentences\": 5, \"maxWords\": 80, \"maxChars\": 500,"
            + " \"ratio\": 0.3, \"order\": \"rank\", \"algorithm\": \"features\", \"explain\": true}";

    /** A small news page; written without double quotes so that it can sit in a JSON example as it is. */
    static final String PAGE = "<!doctype html><html><head><meta charset=utf-8><title>Council approves budget | The"
            + " Riverton Post</title></head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article>"
            + "<h1>Council approves budget</h1><p>The city council approved a $2.1 billion budget on Tuesday after a"
            + " six-hour debate.</p><p>The plan raises spending on schools by 4 percent and freezes property taxes"
            + " for a third year.</p><p>Critics said the budget relies on one-time federal money.</p></article>"
            + "<footer>Subscribe to our newsletter</footer></body></html>";

    static final String HTML_REQUEST = "{\"html\": \"" + PAGE + "\", \"sentences\": 2}";

    static final String URL_REQUEST =
            "{\"url\": \"https://www.example.com/news/council-approves-budget\"," + " \"sentences\": 2}";

    static final String LEAD_REQUEST = "{\"text\": \"...\", \"sentences\": 3, \"algorithm\": \"lead\"}";

    static final String RESPONSE = "{\"summary\": \"The city council approved a $2.1 billion budget on Tuesday"
            + " after a six-hour debate. The plan raises spending on schools by 4 percent and freezes property"
            + " taxes for a third year.\", \"sentences\": [{\"index\": 0, \"text\": \"The city council approved a"
            + " $2.1 billion budget on Tuesday after a six-hour debate.\", \"offset\": 0, \"length\": 83,"
            + " \"score\": 0.4369, \"rank\": 1}, {\"index\": 1, \"text\": \"The plan raises spending on schools by"
            + " 4 percent and freezes property taxes for a third year.\", \"offset\": 84, \"length\": 93,"
            + " \"score\": 0.4369, \"rank\": 2}], \"algorithm\": \"features\", \"language\": \"en\","
            + " \"sentenceCount\": 3, \"tokenCount\": 49, \"shortfall\": null}";

    static final String PROBLEM_400 = "{\"type\": \"urn:summarizer:problem:invalid-request\", \"title\": \"Invalid"
            + " request\", \"status\": 400, \"detail\": \"1 option is invalid.\", \"errors\": [{\"field\":"
            + " \"sentences\", \"message\": \"must be between 1 and 50\"}]}";

    private ApiExamples() {}
}
