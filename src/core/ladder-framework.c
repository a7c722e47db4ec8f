/* SPDX-License-Identifier: GPL-3.0-or-later
 * The built-in product-management framework, translated through po/ like the interface. */
#define G_LOG_DOMAIN "ladder-framework"

#include "config.h"

#include <glib/gi18n.h>

#include "ladder-framework.h"
#include "ladder-profile.h"

struct _LadderFramework
{
  GObject parent_instance;

  char *id;
  GArray *groups; /* LadderSkillGroup */
  GArray *skills; /* LadderSkill */
  GArray *tracks; /* LadderTrack */
};

G_DEFINE_FINAL_TYPE (LadderFramework, ladder_framework, G_TYPE_OBJECT)

typedef struct
{
  const char *id;
  const char *title;
} GroupDef;

typedef struct
{
  const char *id;
  const char *group;
  const char *title;
  const char *levels[LADDER_LEVEL_MAX]; /* levels 1–5; level 0 is the same for every skill */
} SkillDef;

typedef struct
{
  const char *id;
  const char *track;
  const char *title;
  const char *scope;
  const char *expectations;
  guint years;
  guint seniority;
  int expects[22];
} RungDef;

static const GroupDef builtin_groups[] = {
  { "craft", N_("Product craft") },
  { "technical", N_("Technical foundations") },
  { "ai", N_("AI") },
  { "business", N_("Business") },
  { "leadership", N_("Leadership & communication") },
};

static const SkillDef builtin_skills[] = {
  { "discovery", "craft", N_("User research & discovery"),
    { N_("Sits in on user interviews and takes notes"),
      N_("Runs interviews with a script and sums up what was heard"),
      N_("Plans research on their own and turns findings into problems worth solving"),
      N_("Chooses the right method for each question and changes the roadmap with evidence"),
      N_("Builds a habit of continuous discovery across several teams") } },
  { "requirements", "craft", N_("Requirements & PRDs"),
    { N_("Writes user stories from a template with help"),
      N_("Writes a clear PRD for one feature, with edge cases"),
      N_("Specifies a whole module so engineering and design need few questions"),
      N_("Frames requirements for a business line, with trade-offs and success criteria"),
      N_("Sets the standard of specifications that other PMs follow") } },
  { "prototyping", "craft", N_("Prototyping & UX"),
    { N_("Draws rough wireframes of a screen"),
      N_("Builds clickable prototypes of one flow and tests them with users"),
      N_("Designs complete flows with designers and knows the main UX heuristics"),
      N_("Shapes the experience of a whole product area and argues for it with data"),
      N_("Defines the experience principles of a product line") } },
  { "analytics", "craft", N_("Data analysis & metrics"),
    { N_("Reads a dashboard and knows what the main metrics mean"),
      N_("Builds simple queries and reports for their own features"),
      N_("Designs A/B tests, tracking plans and funnels for a module"),
      N_("Owns the metric tree of a business line and finds the levers in it"),
      N_("Sets the metrics strategy and the North Star of a product line") } },
  { "roadmapping", "craft", N_("Prioritisation & roadmapping"),
    { N_("Follows a roadmap someone else set"),
      N_("Prioritises the backlog of a feature with a simple framework"),
      N_("Builds the quarterly roadmap of a module and defends it"),
      N_("Aligns the roadmap of a business line with company strategy"),
      N_("Sets a multi-year product strategy and says clearly what not to do") } },
  { "delivery", "craft", N_("Delivery & execution"),
    { N_("Tracks tasks and follows up on blockers"),
      N_("Ships a feature on time with engineering and QA"),
      N_("Runs releases of a module and handles risks before they land"),
      N_("Delivers programmes that span several teams"),
      N_("Builds the delivery process that a whole product line runs on") } },
  { "apis", "technical", N_("APIs"),
    { N_("Knows that an API lets two programs talk to each other"),
      N_("Reads an API reference and can try a request in a tool like Postman"),
      N_("Writes an API contract into a PRD and discusses endpoints with engineers"),
      N_("Designs a public or partner API as a product, with versioning and limits"),
      N_("Shapes a platform strategy built on APIs and an ecosystem") } },
  { "internet", "technical", N_("How the internet works"),
    { N_("Knows what a browser, a server and a URL are"),
      N_("Explains HTTP requests, status codes and what DNS does"),
      N_("Understands caching, CDNs, cookies and sessions and what they cost"),
      N_("Reasons about latency, reliability and security of a whole service"),
      N_("Guides technical decisions about how a product is served worldwide") } },
  { "architecture", "technical", N_("Front end & back end"),
    { N_("Knows that apps have a front end and a back end"),
      N_("Explains which part of a feature runs in the client and which on the server"),
      N_("Follows architecture discussions and sees how a design changes scope"),
      N_("Weighs architecture options with engineers: cost, speed, risk"),
      N_("Influences the architecture of a product line for years ahead") } },
  { "networking", "technical", N_("Networking basics"),
    { N_("Knows what an IP address and a network are"),
      N_("Explains client/server, ports and what a firewall does"),
      N_("Understands TCP, TLS and why mobile networks behave differently"),
      N_("Takes network constraints into account in product decisions"),
      N_("Discusses networking trade-offs with infrastructure leads as a peer") } },
  { "tech-debt", "technical", N_("Technical debt & velocity"),
    { N_("Has heard of technical debt and why engineers raise it"),
      N_("Leaves room in the sprint for fixes the team asks for"),
      N_("Tracks technical debt with the team and plans its payback"),
      N_("Balances debt against features using velocity and incident data"),
      N_("Builds an engineering-health strategy into the product roadmap") } },
  { "ai-llm-basics", "ai", N_("L1: LLMs in products"),
    { N_("Uses chat assistants for everyday work"),
      N_("Explains what an LLM can and cannot do, with prompts that work"),
      N_("Spots problems in their product that an LLM could solve"),
      N_("Judges AI opportunities against cost, risk and user trust"),
      N_("Sets the AI vision of a product line") } },
  { "ai-llm-api", "ai", N_("L2: LLM API application development"),
    { N_("Knows that LLMs are offered through APIs"),
      N_("Calls an LLM API in a notebook or a no-code tool"),
      N_("Specifies a feature built on an LLM API, with prompts and fallbacks"),
      N_("Ships LLM features and measures their quality with evaluations"),
      N_("Runs a portfolio of LLM features with cost and quality targets") } },
  { "ai-architecture", "ai", N_("L3: LLM application architecture"),
    { N_("Has heard of retrieval, agents and embeddings"),
      N_("Explains retrieval-augmented generation and when it helps"),
      N_("Designs an LLM application with engineers: retrieval, tools, guardrails"),
      N_("Chooses between architectures by quality, latency and cost"),
      N_("Sets the AI platform architecture for several products") } },
  { "ai-fine-tuning", "ai", N_("L4: Fine-tuning & private deployment"),
    { N_("Knows that models can be fine-tuned and hosted privately"),
      N_("Explains when fine-tuning beats prompting and what data it needs"),
      N_("Plans a fine-tuning project: data, evaluation, budget"),
      N_("Leads a private deployment with security and compliance in mind"),
      N_("Decides a company's build-or-buy strategy for models") } },
  { "business-acumen", "business", N_("Business acumen"),
    { N_("Knows how the company makes money"),
      N_("Links their features to revenue, cost or retention"),
      N_("Writes a business case for a module with numbers"),
      N_("Owns the P&L drivers of a business line"),
      N_("Shapes the business model of a product line") } },
  { "market-analysis", "business", N_("Market & competitor analysis"),
    { N_("Tries competitors' products and notes what they do"),
      N_("Writes a structured comparison of competitors for a feature"),
      N_("Sizes a market and finds the segments worth serving"),
      N_("Sees where the market is going and positions a business line for it"),
      N_("Finds new markets and makes the case to enter them") } },
  { "monetisation", "business", N_("Monetisation"),
    { N_("Knows the product's prices and plans"),
      N_("Explains the pricing model and how users pay"),
      N_("Runs pricing or packaging experiments for a module"),
      N_("Designs the monetisation of a business line"),
      N_("Sets pricing strategy across a product line") } },
  { "communication", "leadership", N_("Stakeholder communication"),
    { N_("Gives clear updates to their own team"),
      N_("Presents a feature to stakeholders and handles questions"),
      N_("Aligns several teams and managers on a module's plans"),
      N_("Negotiates with executives, partners and customers outside the company"),
      N_("Represents the product line inside and outside the company") } },
  { "team-management", "leadership", N_("Team management"),
    { N_("Helps teammates when asked"),
      N_("Leads a small project with two or three people"),
      N_("Runs team rituals and sets goals for a small team"),
      N_("Manages a team of PMs: goals, feedback, performance reviews"),
      N_("Builds an organisation of several teams and their leads") } },
  { "mentoring", "leadership", N_("Mentoring"),
    { N_("Shares what they learnt with peers"),
      N_("Onboards a new teammate"),
      N_("Mentors a junior PM with regular one-to-ones"),
      N_("Grows several PMs into their next rung"),
      N_("Builds the career framework and coaching culture of a department") } },
  { "hiring", "leadership", N_("Hiring"),
    { N_("Takes part in interviews as a shadow"),
      N_("Runs one interview round with a scorecard"),
      N_("Designs an interview loop for PM roles"),
      N_("Owns hiring for a team and makes the final decision"),
      N_("Plans headcount and hiring strategy for a department") } },
};

#define N_BUILTIN_SKILLS G_N_ELEMENTS (builtin_skills)

/* Expected levels, in the order of builtin_skills:
 *  craft 6 | technical 5 | ai 4 | business 3 | leadership 4 */
static const RungDef builtin_rungs[] = {
  { "assistant", "expert", N_("Product Assistant"), N_("One feature point"),
    N_("Learns the product and the users, writes requirements for small features under "
       "guidance, and follows them through to release."),
    0, 0, { 2, 2, 2, 1, 1, 2, 1, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 2, 0, 0, 0 } },
  { "pm", "expert", N_("Product Manager"), N_("A complete feature module"),
    N_("Owns a complete module: finds the problems worth solving, writes the PRD, works with "
       "design and engineering, and measures the result."),
    1, 1, { 3, 3, 3, 2, 2, 3, 2, 2, 1, 1, 1, 2, 1, 0, 0, 2, 2, 1, 3, 0, 1, 0 } },
  { "senior-pm", "expert", N_("Senior Product Manager"), N_("A core business line"),
    N_("Owns a core business line: sets its roadmap, balances business goals with user needs, "
       "and coordinates several teams."),
    3, 2, { 4, 4, 3, 3, 3, 4, 3, 2, 2, 1, 2, 3, 2, 1, 0, 3, 3, 2, 3, 1, 2, 1 } },
  { "principal-pm", "expert", N_("Principal Product Manager"), N_("Several business lines"),
    N_("Shapes the strategy of several business lines, solves the hardest product problems, "
       "and raises the craft of the PMs around them."),
    5, 3, { 4, 5, 4, 4, 4, 4, 3, 3, 3, 2, 3, 3, 2, 2, 1, 4, 3, 3, 4, 2, 3, 2 } },
  { "expert", "expert", N_("Product Expert"), N_("A whole product line"),
    N_("Owns the direction of a whole product line and is the reference for product "
       "thinking in the company and the industry."),
    8, 4, { 5, 5, 4, 5, 5, 4, 4, 3, 3, 2, 4, 4, 3, 3, 2, 4, 4, 4, 4, 2, 3, 2 } },
  { "member", "management", N_("Individual contributor"), N_("Own tasks in a team"),
    N_("Delivers their own work reliably and learns how the team and the business operate."),
    0, 1, { 3, 3, 3, 2, 2, 3, 2, 2, 1, 1, 1, 2, 1, 0, 0, 2, 2, 1, 3, 0, 1, 0 } },
  { "core-member", "management", N_("Team core member"), N_("Key projects of the team"),
    N_("Carries the team's key projects, helps teammates, and is trusted to stand in for "
       "the lead."),
    2, 2, { 4, 4, 3, 3, 3, 4, 2, 2, 2, 1, 2, 2, 2, 1, 0, 3, 3, 2, 4, 1, 2, 1 } },
  { "team-lead", "management", N_("Team lead"), N_("A team and its results"),
    N_("Leads a team rather than doing it all alone: sets goals, runs the team's rituals, "
       "hires and grows people, and communicates inside and outside the company."),
    4, 3, { 4, 4, 3, 3, 4, 4, 3, 2, 2, 1, 3, 3, 2, 1, 0, 4, 3, 3, 4, 3, 4, 3 } },
  { "director", "management", N_("Product Director"), N_("A product organisation"),
    N_("Runs the product organisation: business results, strategy, several teams and their "
       "leads, and the company's relationships with partners and customers."),
    8, 4, { 4, 4, 3, 4, 5, 4, 3, 2, 2, 1, 3, 3, 2, 2, 1, 5, 4, 4, 5, 5, 4, 5 } },
};

static const struct
{
  const char *id;
  const char *title;
} builtin_tracks[] = {
  { "expert", N_("Expert track") },
  { "management", N_("Management track") },
};

static void
clear_group (gpointer data)
{
  LadderSkillGroup *group = data;

  g_clear_pointer (&group->id, g_free);
  g_clear_pointer (&group->title, g_free);
}

static void
clear_skill (gpointer data)
{
  LadderSkill *skill = data;

  g_clear_pointer (&skill->id, g_free);
  g_clear_pointer (&skill->group, g_free);
  g_clear_pointer (&skill->title, g_free);
  for (guint i = 0; i < LADDER_N_LEVELS; i++)
    g_clear_pointer (&skill->levels[i], g_free);
}

static void
clear_rung (LadderRung *rung)
{
  g_clear_pointer (&rung->id, g_free);
  g_clear_pointer (&rung->track, g_free);
  g_clear_pointer (&rung->title, g_free);
  g_clear_pointer (&rung->scope, g_free);
  g_clear_pointer (&rung->expectations, g_free);
  g_clear_pointer (&rung->expects, g_free);
}

static void
clear_track (gpointer data)
{
  LadderTrack *track = data;

  for (guint i = 0; i < track->n_rungs; i++)
    clear_rung (&track->rungs[i]);
  g_clear_pointer (&track->rungs, g_free);
  g_clear_pointer (&track->id, g_free);
  g_clear_pointer (&track->title, g_free);
}

static void
ladder_framework_finalize (GObject *object)
{
  LadderFramework *self = LADDER_FRAMEWORK (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->groups, g_array_unref);
  g_clear_pointer (&self->skills, g_array_unref);
  g_clear_pointer (&self->tracks, g_array_unref);

  G_OBJECT_CLASS (ladder_framework_parent_class)->finalize (object);
}

static void
ladder_framework_class_init (LadderFrameworkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ladder_framework_finalize;
}

static void
ladder_framework_init (LadderFramework *self)
{
  self->groups = g_array_new (FALSE, TRUE, sizeof (LadderSkillGroup));
  g_array_set_clear_func (self->groups, clear_group);
  self->skills = g_array_new (FALSE, TRUE, sizeof (LadderSkill));
  g_array_set_clear_func (self->skills, clear_skill);
  self->tracks = g_array_new (FALSE, TRUE, sizeof (LadderTrack));
  g_array_set_clear_func (self->tracks, clear_track);
}

/**
 * ladder_framework_new_builtin:
 *
 * Returns: (transfer full): a new copy of the built-in framework in the current language
 */
LadderFramework *
ladder_framework_new_builtin (void)
{
  LadderFramework *self = g_object_new (LADDER_TYPE_FRAMEWORK, NULL);

  G_STATIC_ASSERT (G_N_ELEMENTS (builtin_rungs[0].expects) == N_BUILTIN_SKILLS);

  self->id = g_strdup ("builtin:pm");

  for (guint i = 0; i < G_N_ELEMENTS (builtin_groups); i++)
    {
      LadderSkillGroup group = { g_strdup (builtin_groups[i].id),
                                 g_strdup (_(builtin_groups[i].title)) };
      g_array_append_val (self->groups, group);
    }

  for (guint i = 0; i < N_BUILTIN_SKILLS; i++)
    {
      const SkillDef *def = &builtin_skills[i];
      LadderSkill skill = { g_strdup (def->id), g_strdup (def->group), g_strdup (_(def->title)) };

      skill.levels[0] = g_strdup (_("Has not worked with this yet"));
      for (guint l = 0; l < LADDER_LEVEL_MAX; l++)
        skill.levels[l + 1] = g_strdup (_(def->levels[l]));
      g_array_append_val (self->skills, skill);
    }

  for (guint t = 0; t < G_N_ELEMENTS (builtin_tracks); t++)
    {
      LadderTrack track = { g_strdup (builtin_tracks[t].id), g_strdup (_(builtin_tracks[t].title)) };
      GArray *rungs = g_array_new (FALSE, TRUE, sizeof (LadderRung));

      for (guint r = 0; r < G_N_ELEMENTS (builtin_rungs); r++)
        {
          const RungDef *def = &builtin_rungs[r];
          LadderRung rung;

          if (g_strcmp0 (def->track, track.id) != 0)
            continue;

          rung.id = g_strdup (def->id);
          rung.track = g_strdup (def->track);
          rung.title = g_strdup (_(def->title));
          rung.scope = g_strdup (_(def->scope));
          rung.expectations = g_strdup (_(def->expectations));
          rung.years = def->years;
          rung.seniority = def->seniority;
          rung.expects = g_memdup2 (def->expects, sizeof def->expects);
          g_array_append_val (rungs, rung);
        }

      track.n_rungs = rungs->len;
      track.rungs = (LadderRung *) (void *) g_array_free (rungs, FALSE);
      g_array_append_val (self->tracks, track);
    }

  return self;
}

/**
 * ladder_framework_get_builtin:
 *
 * Returns: (transfer none): the built-in PM framework, in the language that was current when it
 * was first asked for.
 */
LadderFramework *
ladder_framework_get_builtin (void)
{
  static LadderFramework *builtin;

  if (g_once_init_enter (&builtin))
    g_once_init_leave (&builtin, ladder_framework_new_builtin ());

  return builtin;
}

const char *
ladder_framework_get_id (LadderFramework *self)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);
  return self->id;
}

guint
ladder_framework_get_n_groups (LadderFramework *self)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), 0);
  return self->groups->len;
}

const LadderSkillGroup *
ladder_framework_get_group (LadderFramework *self,
                            guint            index)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->groups->len, NULL);
  return &g_array_index (self->groups, LadderSkillGroup, index);
}

const LadderSkillGroup *
ladder_framework_lookup_group (LadderFramework *self,
                               const char      *id)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);

  for (guint i = 0; i < self->groups->len; i++)
    if (g_strcmp0 (g_array_index (self->groups, LadderSkillGroup, i).id, id) == 0)
      return &g_array_index (self->groups, LadderSkillGroup, i);
  return NULL;
}

guint
ladder_framework_get_n_skills (LadderFramework *self)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), 0);
  return self->skills->len;
}

const LadderSkill *
ladder_framework_get_skill (LadderFramework *self,
                            guint            index)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->skills->len, NULL);
  return &g_array_index (self->skills, LadderSkill, index);
}

int
ladder_framework_skill_index (LadderFramework *self,
                              const char      *id)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), -1);

  for (guint i = 0; i < self->skills->len; i++)
    if (g_strcmp0 (g_array_index (self->skills, LadderSkill, i).id, id) == 0)
      return (int) i;
  return -1;
}

const LadderSkill *
ladder_framework_lookup_skill (LadderFramework *self,
                               const char      *id)
{
  int index = ladder_framework_skill_index (self, id);

  return index < 0 ? NULL : &g_array_index (self->skills, LadderSkill, index);
}

guint
ladder_framework_get_n_tracks (LadderFramework *self)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), 0);
  return self->tracks->len;
}

const LadderTrack *
ladder_framework_get_track (LadderFramework *self,
                            guint            index)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->tracks->len, NULL);
  return &g_array_index (self->tracks, LadderTrack, index);
}

const LadderTrack *
ladder_framework_lookup_track (LadderFramework *self,
                               const char      *id)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);

  for (guint i = 0; i < self->tracks->len; i++)
    if (g_strcmp0 (g_array_index (self->tracks, LadderTrack, i).id, id) == 0)
      return &g_array_index (self->tracks, LadderTrack, i);
  return NULL;
}

const LadderRung *
ladder_framework_lookup_rung (LadderFramework *self,
                              const char      *track_id,
                              const char      *rung_id)
{
  const LadderTrack *track = ladder_framework_lookup_track (self, track_id);

  if (track == NULL)
    return NULL;
  for (guint i = 0; i < track->n_rungs; i++)
    if (g_strcmp0 (track->rungs[i].id, rung_id) == 0)
      return &track->rungs[i];
  return NULL;
}

/* Returns -1 when the skill is not one of the framework's (a user's own skill). */
int
ladder_framework_rung_expects (LadderFramework  *self,
                               const LadderRung *rung,
                               const char       *skill_id)
{
  int index;

  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), -1);
  g_return_val_if_fail (rung != NULL, -1);

  index = ladder_framework_skill_index (self, skill_id);
  return index < 0 ? -1 : rung->expects[index];
}

/**
 * ladder_framework_to_json:
 *
 * Returns: (transfer full): the framework in the documented "ladder-framework" format.
 */
JsonNode *
ladder_framework_to_json (LadderFramework *self)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "ladder-framework");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, self->id);

  json_builder_set_member_name (builder, "groups");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->groups->len; i++)
    {
      const LadderSkillGroup *group = &g_array_index (self->groups, LadderSkillGroup, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, group->id);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, group->title);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "skills");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->skills->len; i++)
    {
      const LadderSkill *skill = &g_array_index (self->skills, LadderSkill, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, skill->id);
      json_builder_set_member_name (builder, "group");
      json_builder_add_string_value (builder, skill->group);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, skill->title);
      json_builder_set_member_name (builder, "levels");
      json_builder_begin_array (builder);
      for (guint l = 0; l < LADDER_N_LEVELS; l++)
        json_builder_add_string_value (builder, skill->levels[l]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "tracks");
  json_builder_begin_array (builder);
  for (guint t = 0; t < self->tracks->len; t++)
    {
      const LadderTrack *track = &g_array_index (self->tracks, LadderTrack, t);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, track->id);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, track->title);
      json_builder_set_member_name (builder, "rungs");
      json_builder_begin_array (builder);
      for (guint r = 0; r < track->n_rungs; r++)
        {
          const LadderRung *rung = &track->rungs[r];

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, rung->id);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, rung->title);
          json_builder_set_member_name (builder, "scope");
          json_builder_add_string_value (builder, rung->scope);
          if (rung->expectations != NULL && *rung->expectations != '\0')
            {
              json_builder_set_member_name (builder, "expectations");
              json_builder_add_string_value (builder, rung->expectations);
            }
          json_builder_set_member_name (builder, "years");
          json_builder_add_int_value (builder, rung->years);
          json_builder_set_member_name (builder, "seniority");
          json_builder_add_int_value (builder, rung->seniority);
          json_builder_set_member_name (builder, "expects");
          json_builder_begin_object (builder);
          for (guint s = 0; s < self->skills->len; s++)
            {
              json_builder_set_member_name (builder,
                                            g_array_index (self->skills, LadderSkill, s).id);
              json_builder_add_int_value (builder, rung->expects[s]);
            }
          json_builder_end_object (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* ---- Reading a framework file (a company's own ladder, in the documented form) ------------ */

#define MAX_GROUPS 50
#define MAX_SKILLS 500
#define MAX_TRACKS 10
#define MAX_RUNGS 20
#define MAX_TEXT 2000

static gboolean
refuse (GError    **error,
        int         code,
        const char *format,
        ...) G_GNUC_PRINTF (3, 4);

static gboolean
refuse (GError    **error,
        int         code,
        const char *format,
        ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, LADDER_PROFILE_ERROR, code, message);
  return FALSE;
}

/* A member that must be text of at most @max characters. */
static const char *
text_member (JsonObject *object,
             const char *member,
             const char *path,
             glong       max,
             GError    **error)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    {
      refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s.%s” must be text"), path, member);
      return NULL;
    }
  text = json_node_get_string (node);
  if (*text == '\0' || g_utf8_strlen (text, -1) > max)
    {
      refuse (error, LADDER_PROFILE_ERROR_TOO_LARGE,
              _("“%s.%s” must be between 1 and %ld characters"), path, member, max);
      return NULL;
    }
  return text;
}

static JsonArray *
array_member (JsonObject *object,
              const char *member,
              const char *path,
              guint       min,
              guint       max,
              GError    **error)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s%s” must be a list"), path, member);
      return NULL;
    }
  array = json_node_get_array (node);
  if (json_array_get_length (array) < min || json_array_get_length (array) > max)
    {
      refuse (error, LADDER_PROFILE_ERROR_TOO_LARGE,
              _("“%s%s” must have from %u to %u entries"), path, member, min, max);
      return NULL;
    }
  return array;
}

static JsonObject *
object_element (JsonArray  *array,
                guint       index,
                const char *path,
                GError    **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s[%u]” must be an object"), path,
              index);
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
int_member (JsonObject *object,
            const char *member,
            const char *path,
            int         max,
            int        *out,
            GError    **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 0 || json_node_get_int (node) > max)
    return refuse (error, LADDER_PROFILE_ERROR_OUT_OF_RANGE,
                   _("“%s.%s” must be a whole number from 0 to %d"), path, member, max);
  *out = (int) json_node_get_int (node);
  return TRUE;
}

static gboolean
read_framework (LadderFramework *self,
                JsonObject      *root,
                GError         **error)
{
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *groups, *skills, *tracks;
  const char *id;

  if (!(id = text_member (root, "id", "framework", 200, error)) ||
      !(groups = array_member (root, "groups", "", 1, MAX_GROUPS, error)) ||
      !(skills = array_member (root, "skills", "", 1, MAX_SKILLS, error)) ||
      !(tracks = array_member (root, "tracks", "", 1, MAX_TRACKS, error)))
    return FALSE;
  self->id = g_strdup (id);

  for (guint i = 0; i < json_array_get_length (groups); i++)
    {
      g_autofree char *path = g_strdup_printf ("groups[%u]", i);
      JsonObject *object = object_element (groups, i, "groups", error);
      const char *group_id, *title;
      LadderSkillGroup group;

      if (object == NULL || !(group_id = text_member (object, "id", path, 200, error)) ||
          !(title = text_member (object, "title", path, 200, error)))
        return FALSE;
      if (ladder_framework_lookup_group (self, group_id) != NULL)
        return refuse (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                       _("The group “%s” is listed twice"), group_id);
      group.id = g_strdup (group_id);
      group.title = g_strdup (title);
      g_array_append_val (self->groups, group);
    }

  for (guint i = 0; i < json_array_get_length (skills); i++)
    {
      g_autofree char *path = g_strdup_printf ("skills[%u]", i);
      JsonObject *object = object_element (skills, i, "skills", error);
      const char *skill_id, *group_id, *title;
      JsonArray *levels;
      LadderSkill skill = { NULL };

      if (object == NULL || !(skill_id = text_member (object, "id", path, 200, error)) ||
          !(group_id = text_member (object, "group", path, 200, error)) ||
          !(title = text_member (object, "title", path, 200, error)) ||
          !(levels = array_member (object, "levels", path, LADDER_N_LEVELS, LADDER_N_LEVELS,
                                   error)))
        return FALSE;
      if (ladder_framework_lookup_group (self, group_id) == NULL)
        return refuse (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                       _("“%s.group” is “%s”, which is not a known skill group"), path,
                       group_id);
      if (g_hash_table_contains (ids, skill_id))
        return refuse (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                       _("The skill “%s” is listed twice"), skill_id);
      g_hash_table_add (ids, g_strdup (skill_id));
      for (guint l = 0; l < LADDER_N_LEVELS; l++)
        {
          JsonNode *level = json_array_get_element (levels, l);

          if (!JSON_NODE_HOLDS_VALUE (level) || json_node_get_value_type (level) != G_TYPE_STRING)
            return refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                           _("“%s.levels[%u]” must be text"), path, l);
        }
      skill.id = g_strdup (skill_id);
      skill.group = g_strdup (group_id);
      skill.title = g_strdup (title);
      for (guint l = 0; l < LADDER_N_LEVELS; l++)
        skill.levels[l] = g_utf8_substring (json_array_get_string_element (levels, l), 0,
                                            MIN (g_utf8_strlen (json_array_get_string_element (
                                                   levels, l), -1), MAX_TEXT));
      g_array_append_val (self->skills, skill);
    }

  for (guint t = 0; t < json_array_get_length (tracks); t++)
    {
      g_autofree char *path = g_strdup_printf ("tracks[%u]", t);
      g_autofree char *rungs_path = g_strdup_printf ("tracks[%u].", t);
      JsonObject *object = object_element (tracks, t, "tracks", error);
      const char *track_id, *title;
      JsonArray *rungs;
      LadderTrack track = { NULL };

      if (object == NULL || !(track_id = text_member (object, "id", path, 200, error)) ||
          !(title = text_member (object, "title", path, 200, error)) ||
          !(rungs = array_member (object, "rungs", rungs_path, 1, MAX_RUNGS, error)))
        return FALSE;
      if (ladder_framework_lookup_track (self, track_id) != NULL)
        return refuse (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                       _("The track “%s” is listed twice"), track_id);

      track.id = g_strdup (track_id);
      track.title = g_strdup (title);
      track.n_rungs = 0;
      track.rungs = g_new0 (LadderRung, json_array_get_length (rungs));
      g_array_append_val (self->tracks, track);

      for (guint r = 0; r < json_array_get_length (rungs); r++)
        {
          LadderTrack *added = &g_array_index (self->tracks, LadderTrack, self->tracks->len - 1);
          g_autofree char *rung_path = g_strdup_printf ("tracks[%u].rungs[%u]", t, r);
          g_autofree char *rungs_list = g_strdup_printf ("tracks[%u].rungs", t);
          JsonObject *rung_object = object_element (rungs, r, rungs_list, error);
          LadderRung *rung = &added->rungs[added->n_rungs];
          const char *rung_id, *rung_title, *scope;
          const char *expectations = NULL;
          JsonNode *expects_node;
          JsonObject *expects;
          int years = 0, seniority = (int) r;

          if (rung_object == NULL ||
              !(rung_id = text_member (rung_object, "id", rung_path, 200, error)) ||
              !(rung_title = text_member (rung_object, "title", rung_path, 200, error)) ||
              !(scope = text_member (rung_object, "scope", rung_path, 200, error)) ||
              !int_member (rung_object, "years", rung_path, 60, &years, error))
            return FALSE;
          if (json_object_has_member (rung_object, "seniority") &&
              !int_member (rung_object, "seniority", rung_path, MAX_RUNGS, &seniority, error))
            return FALSE;
          if (json_object_has_member (rung_object, "expectations") &&
              !(expectations = text_member (rung_object, "expectations", rung_path, MAX_TEXT,
                                            error)))
            return FALSE;
          expects_node = json_object_get_member (rung_object, "expects");
          if (expects_node == NULL || !JSON_NODE_HOLDS_OBJECT (expects_node))
            return refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                           _("“%s.expects” must be an object"), rung_path);
          expects = json_node_get_object (expects_node);

          rung->id = g_strdup (rung_id);
          rung->track = g_strdup (track_id);
          rung->title = g_strdup (rung_title);
          rung->scope = g_strdup (scope);
          rung->expectations = g_strdup (expectations != NULL ? expectations : "");
          rung->years = years;
          rung->seniority = seniority;
          rung->expects = g_new0 (int, self->skills->len);
          added->n_rungs++;

          /* Each rung names a level for every skill, and only for known skills. */
          for (guint s = 0; s < self->skills->len; s++)
            {
              g_autofree char *expects_path = g_strdup_printf ("%s.expects", rung_path);

              if (!int_member (expects, g_array_index (self->skills, LadderSkill, s).id,
                               expects_path, LADDER_LEVEL_MAX, &rung->expects[s], error))
                return FALSE;
            }
          if (json_object_get_size (expects) != self->skills->len)
            return refuse (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                           _("“%s.expects” names a skill this framework does not have"),
                           rung_path);
        }
    }
  return TRUE;
}

/**
 * ladder_framework_new_from_data:
 *
 * Reads a framework in the form ladder_framework_to_json() writes: a company's own ladder.
 *
 * Returns: (transfer full) (nullable): the framework, or %NULL with the reason
 */
LadderFramework *
ladder_framework_new_from_data (const char *data,
                                gsize       length,
                                GError    **error)
{
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (LadderFramework) self = NULL;
  JsonObject *object;
  JsonNode *format, *version;

  root = ladder_parse_json (data != NULL ? data : "", length, error);
  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      refuse (error, LADDER_PROFILE_ERROR_NOT_PROFILE, _("This is JSON, but not a Ladder framework"));
      return NULL;
    }
  object = json_node_get_object (root);
  format = json_object_get_member (object, "format");
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      g_strcmp0 (json_node_get_string (format), "ladder-framework") != 0)
    {
      refuse (error, LADDER_PROFILE_ERROR_NOT_PROFILE,
              _("This is JSON, but not a Ladder framework: its “format” is not "
                "“ladder-framework”"));
      return NULL;
    }
  version = json_object_get_member (object, "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64 || json_node_get_int (version) != 1)
    {
      refuse (error, LADDER_PROFILE_ERROR_NEWER_VERSION,
              _("This framework file has a version this Ladder cannot read"));
      return NULL;
    }

  self = g_object_new (LADDER_TYPE_FRAMEWORK, NULL);
  if (!read_framework (self, object, error))
    return NULL;
  return g_steal_pointer (&self);
}
