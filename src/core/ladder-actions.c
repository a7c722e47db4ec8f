/* SPDX-License-Identifier: GPL-3.0-or-later
 * The library of plan actions: for every skill, one concrete action with a measurable outcome
 * for each of three tiers (reaching level 1–2, level 3, level 4–5). Translated like the rest of
 * the framework. */
#define G_LOG_DOMAIN "ladder-actions"

#include "config.h"

#include "ladder-i18n.h"

#include "ladder-actions.h"

static const LadderAction actions[] = {
  { "discovery", 0, N_("Join five user interviews and write up what you heard"),
    N_("Five interview notes shared with the team") },
  { "discovery", 1, N_("Plan and run a discovery round for one problem on your own"),
    N_("A problem brief backed by at least eight interviews") },
  { "discovery", 2, N_("Set up continuous discovery for your area: a weekly interview habit"),
    N_("Weekly interviews running for a quarter and feeding the roadmap") },

  { "requirements", 0, N_("Write the PRD for one small feature, with edge cases, and have it reviewed"),
    N_("A reviewed PRD that engineering built without rework") },
  { "requirements", 1, N_("Specify a whole module end to end"),
    N_("Module spec accepted by design and engineering with no open questions") },
  { "requirements", 2, N_("Write the requirements template and review guide other PMs use"),
    N_("Template adopted by at least two other PMs") },

  { "prototyping", 0, N_("Build a clickable prototype of one flow"),
    N_("Prototype tested with three users") },
  { "prototyping", 1, N_("Design a complete flow with a designer and test it with five users"),
    N_("Usability problems found and fixed before the build") },
  { "prototyping", 2, N_("Define the experience principles for your product area"),
    N_("Principles written down and used in design reviews") },

  { "analytics", 0, N_("Learn the team’s dashboards and write down what each key metric means"),
    N_("A one-page metric glossary for your feature") },
  { "analytics", 1, N_("Design an A/B test and a tracking plan for a module"),
    N_("One experiment shipped and read out with a decision") },
  { "analytics", 2, N_("Build the metric tree of your business line and pick its levers"),
    N_("Metric tree reviewed with leadership; one lever moved") },

  { "roadmapping", 0, N_("Prioritise your feature backlog with a simple scoring framework"),
    N_("A ranked backlog with the reasoning written down") },
  { "roadmapping", 1, N_("Build next quarter’s roadmap for your module and defend it"),
    N_("Roadmap agreed with stakeholders") },
  { "roadmapping", 2, N_("Write a multi-year strategy for your area, including what not to do"),
    N_("Strategy approved by your director") },

  { "delivery", 0, N_("Run the task board for one feature and chase blockers every day"),
    N_("Feature shipped on the planned date") },
  { "delivery", 1, N_("Own the release of a module, with a risk list from day one"),
    N_("Release shipped with no unplanned rollback") },
  { "delivery", 2, N_("Lead a programme that spans several teams"),
    N_("Programme delivered; retrospective shared") },

  { "apis", 0, N_("Learn what an API is: read one API reference and send requests with Postman"),
    N_("Three working requests to a public API, explained to a colleague") },
  { "apis", 1, N_("Ship one feature that calls a third-party API; write its API contract in the PRD"),
    N_("Feature live; API contract reviewed by engineers") },
  { "apis", 2, N_("Design a partner or public API as a product, with versioning and limits"),
    N_("API specification published with a versioning policy") },

  { "internet", 0, N_("Learn how the web works: HTTP, status codes, DNS, client and server"),
    N_("You can walk a new PM through a page load step by step") },
  { "internet", 1, N_("Study caching, CDNs, cookies and sessions in your own product"),
    N_("A note on where your product caches and what it costs") },
  { "internet", 2, N_("Review your service’s latency, reliability and security with engineering"),
    N_("Top three reliability risks agreed and planned") },

  { "architecture", 0, N_("Map which parts of your feature run in the front end and which in the back end"),
    N_("Architecture sketch checked by an engineer") },
  { "architecture", 1, N_("Join two architecture reviews and note how design choices change scope"),
    N_("Scope trade-offs from the reviews written into the PRD") },
  { "architecture", 2, N_("Weigh architecture options with engineers for a major project"),
    N_("Decision record with cost, speed and risk") },

  { "networking", 0, N_("Learn networking basics: IP addresses, ports, client and server, firewalls"),
    N_("Short notes you can explain to a colleague") },
  { "networking", 1, N_("Find out how mobile networks and TLS affect your product"),
    N_("One product decision changed by a network constraint") },
  { "networking", 2, N_("Review network trade-offs with the infrastructure leads"),
    N_("A joint plan with infrastructure for one constraint") },

  { "tech-debt", 0, N_("Ask the engineers for their top technical-debt items and keep room for one each sprint"),
    N_("Debt list kept; one fix shipped every sprint") },
  { "tech-debt", 1, N_("Track technical debt with the team and plan its payback"),
    N_("Debt backlog with owners and a payback plan") },
  { "tech-debt", 2, N_("Balance debt and features with velocity and incident data"),
    N_("Engineering-health goals on the roadmap every quarter") },

  { "ai-llm-basics", 0, N_("Use an AI assistant every day for a month and learn to write prompts that work"),
    N_("A prompt library for your own PM tasks") },
  { "ai-llm-basics", 1, N_("Find three problems in your product an LLM could solve; write a one-pager on the best"),
    N_("One-pager reviewed with engineering") },
  { "ai-llm-basics", 2, N_("Set the AI vision for your product area, weighing cost, risk and user trust"),
    N_("AI vision presented to leadership") },

  { "ai-llm-api", 0, N_("Call an LLM API yourself in a notebook or a no-code tool"),
    N_("A working prototype that calls an LLM API") },
  { "ai-llm-api", 1, N_("Specify and ship a feature on an LLM API, with prompts and fallbacks"),
    N_("Feature live with an evaluation set") },
  { "ai-llm-api", 2, N_("Run a set of LLM features with cost and quality targets"),
    N_("Quality and cost tracked for every feature") },

  { "ai-architecture", 0, N_("Learn retrieval-augmented generation, agents and embeddings"),
    N_("You can explain when RAG helps, with an example from your product") },
  { "ai-architecture", 1, N_("Design an LLM application with engineers: retrieval, tools and guardrails"),
    N_("Architecture document with an evaluation plan") },
  { "ai-architecture", 2, N_("Choose between LLM architectures by quality, latency and cost"),
    N_("Decision record backed by benchmark results") },

  { "ai-fine-tuning", 0, N_("Learn when fine-tuning beats prompting and what data it needs"),
    N_("A short memo on fine-tuning for your use case") },
  { "ai-fine-tuning", 1, N_("Plan a fine-tuning project: data, evaluation and budget"),
    N_("Project plan approved") },
  { "ai-fine-tuning", 2, N_("Lead a private model deployment with security and compliance in mind"),
    N_("Model running in production within policy") },

  { "business-acumen", 0, N_("Learn how your company makes money and link each of your features to it"),
    N_("Every feature tied to revenue, cost or retention") },
  { "business-acumen", 1, N_("Write a business case with numbers for your module"),
    N_("Business case approved with a funding decision") },
  { "business-acumen", 2, N_("Own the profit-and-loss drivers of a business line"),
    N_("A quarterly business review you present yourself") },

  { "market-analysis", 0, N_("Try three competitors’ products and note what they do"),
    N_("Competitor notes shared with the team") },
  { "market-analysis", 1, N_("Size your market and pick the segments worth serving"),
    N_("Market sizing reviewed by your manager") },
  { "market-analysis", 2, N_("Position your business line for where the market is going"),
    N_("Positioning adopted in the next strategy cycle") },

  { "monetisation", 0, N_("Learn your product’s prices and plans and how users pay"),
    N_("You can explain the pricing model to a new hire") },
  { "monetisation", 1, N_("Run one pricing or packaging experiment"),
    N_("Experiment read out with a revenue decision") },
  { "monetisation", 2, N_("Design the monetisation of a business line"),
    N_("Monetisation plan with revenue targets") },

  { "communication", 0, N_("Send a short weekly update to your team and stakeholders"),
    N_("Twelve weekly updates sent; fewer status questions") },
  { "communication", 1, N_("Present your module’s plan to the managers of three teams and get agreement"),
    N_("Plan agreed in writing") },
  { "communication", 2, N_("Represent your product with executives, partners or customers"),
    N_("One external negotiation or talk led by you") },

  { "team-management", 0, N_("Lead a small project with two or three people"),
    N_("Project delivered; feedback from each person") },
  { "team-management", 1, N_("Run the team’s rituals and set goals for a small team"),
    N_("Team goals met for a quarter") },
  { "team-management", 2, N_("Manage PMs: goals, feedback and performance reviews"),
    N_("A review cycle completed for your reports") },

  { "mentoring", 0, N_("Onboard a new teammate"),
    N_("New teammate productive within their first month") },
  { "mentoring", 1, N_("Mentor a junior PM with one-to-ones every two weeks"),
    N_("Your mentee’s own goals met after six months") },
  { "mentoring", 2, N_("Grow two PMs toward their next rung"),
    N_("Both have promotion cases backed by evidence") },

  { "hiring", 0, N_("Shadow three PM interviews and write scorecards"),
    N_("Scorecards calibrated with the lead interviewer") },
  /* Level 3 designs the loop; levels 4–5 own the hiring (the actions were one level low). */
  { "hiring", 1, N_("Design the interview loop for a PM role: its stages, questions and "
                    "scorecards"),
    N_("The loop adopted by the team, and its interviewers briefed on it") },
  { "hiring", 2, N_("Own the hiring for your team, from the opening to the final decision"),
    N_("A PM hired, with the reasons for the decision written down") },
};

guint
ladder_action_tier_for_level (int level)
{
  return level <= 2 ? 0 : level == 3 ? 1 : 2;
}

/**
 * ladder_action_lookup:
 *
 * Returns: (nullable): the untranslated action for @skill_id at @tier
 */
const LadderAction *
ladder_action_lookup (const char *skill_id,
                      guint       tier)
{
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (actions[i].tier == tier && g_strcmp0 (actions[i].skill, skill_id) == 0)
      return &actions[i];
  return NULL;
}
