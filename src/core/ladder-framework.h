/* SPDX-License-Identifier: GPL-3.0-or-later
 * The career framework: skill groups, skills with level descriptors, and two tracks of rungs. */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define LADDER_LEVEL_MAX 5
#define LADDER_N_LEVELS (LADDER_LEVEL_MAX + 1)
/* The plan has one action for each level step: the one at index l - 1 takes a skill from
 * level l - 1 to level l. */
#define LADDER_N_STEPS LADDER_LEVEL_MAX

typedef struct
{
  char *id;
  char *title;
} LadderSkillGroup;

typedef struct
{
  char *id;
  char *group;
  char *title;
  char *levels[LADDER_N_LEVELS];
  /* A concrete action with a measurable outcome for each level step, or NULL: the plan then
   * makes that step from the level words. */
  char *action_titles[LADDER_N_STEPS];
  char *action_outcomes[LADDER_N_STEPS];
  /* One to three things to learn from (a book and its author), as written; NULL: none. */
  char **resources;
} LadderSkill;

typedef struct
{
  char *id;
  char *track;
  char *title;
  char *title_of;  /* the title as it reads after "the role of": "руководителя команды" */
  char *scope;
  char *expectations;
  guint years;
  gboolean years_known; /* a company's ladder may not say how many years a rung takes */
  guint seniority; /* rungs of both tracks with the same seniority sit side by side */
  int *expects;    /* one level per skill, in the framework's skill order */
} LadderRung;

typedef struct
{
  char *id;
  char *title;
  gboolean management; /* its rungs lead people */
  guint n_rungs;
  LadderRung *rungs;
} LadderTrack;

/* The planner's rules, from a framework file's optional "rules" (see docs/framework-format.md). */
typedef enum
{
  LADDER_RULE_PREREQUISITE, /* @skill needs @needs: at its level + @offset, at least @at_least */
  LADDER_RULE_FLOOR,        /* the context asks at least @level of @skills */
  LADDER_RULE_WEIGHT,       /* the context weighs @skills and @groups by @percent */
  LADDER_RULE_ITEM,         /* the context adds a plan item */
  LADDER_N_RULE_KINDS
} LadderRuleKind;

typedef struct
{
  /* When: each NULL or -1 holds for any profile. */
  char **industries;
  char **company_sizes;
  char **backgrounds;
  int target_management; /* 1: the target is on a management track, 0: not */
  int min_seniority;     /* the current rung's seniority at least this */
  int max_level;         /* the person's level in the item's skill at most this */

  char **skills;
  char **groups;
  char *skill;
  char *needs;
  int offset;
  int at_least;
  int from_level;
  int level;
  int percent;
  char *id;
  guint year;
  guint quarter;
  char *title;
  char *outcome;
} LadderRule;

/* The id of the framework Ladder brings; a company's own are "company:" and their file's name. */
#define LADDER_FRAMEWORK_BUILTIN "builtin:pm"

#define LADDER_TYPE_FRAMEWORK (ladder_framework_get_type ())
G_DECLARE_FINAL_TYPE (LadderFramework, ladder_framework, LADDER, FRAMEWORK, GObject)

LadderFramework        *ladder_framework_get_builtin    (void);
LadderFramework        *ladder_framework_new_builtin    (void);
const char             *ladder_framework_get_id         (LadderFramework *self);
void                    ladder_framework_set_id         (LadderFramework *self,
                                                         const char      *id);
const char             *ladder_framework_get_name       (LadderFramework *self);
gboolean                ladder_framework_is_builtin     (LadderFramework *self);
const LadderRung       *ladder_framework_get_rung_at    (LadderFramework *self,
                                                         guint            track,
                                                         guint            rung);
guint                   ladder_framework_get_n_groups   (LadderFramework *self);
const LadderSkillGroup *ladder_framework_get_group      (LadderFramework *self,
                                                         guint            index);
const LadderSkillGroup *ladder_framework_lookup_group   (LadderFramework *self,
                                                         const char      *id);
guint                   ladder_framework_get_n_skills   (LadderFramework *self);
const LadderSkill      *ladder_framework_get_skill      (LadderFramework *self,
                                                         guint            index);
const LadderSkill      *ladder_framework_lookup_skill   (LadderFramework *self,
                                                         const char      *id);
int                     ladder_framework_skill_index    (LadderFramework *self,
                                                         const char      *id);
guint                   ladder_framework_get_n_tracks   (LadderFramework *self);
const LadderTrack      *ladder_framework_get_track      (LadderFramework *self,
                                                         guint            index);
const LadderTrack      *ladder_framework_lookup_track   (LadderFramework *self,
                                                         const char      *id);
const LadderRung       *ladder_framework_lookup_rung    (LadderFramework *self,
                                                         const char      *track,
                                                         const char      *rung);
GPtrArray              *ladder_framework_get_rules      (LadderFramework *self,
                                                         LadderRuleKind   kind);
gboolean                ladder_rule_holds               (const LadderRule *rule,
                                                         const char      *industry,
                                                         const char      *company_size,
                                                         const char      *background,
                                                         gboolean         target_management,
                                                         int              seniority);
gboolean                ladder_framework_is_management  (LadderFramework *self,
                                                         const char      *track);
int                     ladder_framework_rung_expects   (LadderFramework *self,
                                                         const LadderRung *rung,
                                                         const char      *skill_id);
JsonNode               *ladder_framework_to_json        (LadderFramework *self);
void                    ladder_framework_json_begin     (JsonBuilder     *builder,
                                                         const char      *id,
                                                         const char      *name);
void                    ladder_framework_json_add_group (JsonBuilder     *builder,
                                                         const char      *id,
                                                         const char      *title);
LadderFramework        *ladder_framework_new_from_data  (const char      *data,
                                                         gsize            length,
                                                         GError         **error);

G_END_DECLS
