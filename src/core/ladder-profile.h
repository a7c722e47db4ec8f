/* SPDX-License-Identifier: GPL-3.0-or-later
 * One person's career profile: context, position, target, skills, plan, answers, evidence. */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "ladder-framework.h"

G_BEGIN_DECLS

#define LADDER_PROFILE_FORMAT "ladder-profile"
#define LADDER_PROFILE_VERSION 1

/* Sane limits: a profile is a person's notes, not a database. */
#define LADDER_MAX_FILE_SIZE (64 * 1024 * 1024)
#define LADDER_MAX_NAME_CHARS 200
#define LADDER_MAX_TEXT_CHARS 20000
#define LADDER_MAX_SKILLS 5000
#define LADDER_MAX_PLAN_ITEMS 20000
#define LADDER_MAX_ANSWERS 200
#define LADDER_MAX_EVIDENCE 100000
#define LADDER_MAX_HISTORY 10000
#define LADDER_MAX_DEPTH 32
#define LADDER_MAX_YEARS 60
#define LADDER_MAX_REPORTS 100000

#define LADDER_PROFILE_ERROR (ladder_profile_error_quark ())

typedef enum
{
  LADDER_PROFILE_ERROR_NOT_JSON,
  LADDER_PROFILE_ERROR_NOT_PROFILE,
  LADDER_PROFILE_ERROR_NEWER_VERSION,
  LADDER_PROFILE_ERROR_WRONG_TYPE,
  LADDER_PROFILE_ERROR_OUT_OF_RANGE,
  LADDER_PROFILE_ERROR_TOO_LARGE,
  LADDER_PROFILE_ERROR_UNKNOWN_ID,
  LADDER_PROFILE_ERROR_READ_ONLY,
} LadderProfileError;

typedef enum
{
  LADDER_STATUS_PLANNED,
  LADDER_STATUS_IN_PROGRESS,
  LADDER_STATUS_DONE,
} LadderStatus;

typedef struct
{
  char *id;
  char *name;  /* only for the user's own skills ("custom:…") */
  char *group; /* only for the user's own skills */
  int current;
  int target;
  char *note;
  gboolean hidden;
  gboolean target_manual; /* the person set the target; "targets from rung" leaves it alone */
  JsonObject *extra; /* members this version does not know, kept on save */
} LadderProfileSkill;

typedef struct
{
  char *id;
  char *kind;    /* "action", "goal" (a year's goal) or "checkpoint" (a promotion checkpoint) */
  guint year;
  guint quarter; /* 1–4, or 0 for the whole year */
  char *skill;   /* nullable */
  char *title;
  char *outcome; /* nullable */
  LadderStatus status;
  gboolean edited;
  char *language; /* the language of the words of an edited item ("ru"), nullable */
  JsonObject *extra;
} LadderPlanItem;

typedef struct
{
  char *question;       /* one of the four built-in ids, or "custom:…" */
  char *text;           /* the question itself, for the person's own questions */
  char *answer;
  gboolean edited;
  char *plan_generated; /* the plan's "generated" when this answer was drafted */
  char *drafted_as;     /* what drafted it: the drafting's version and language, "2:ru" */
  JsonObject *extra;
} LadderAnswer;

typedef struct
{
  char *date;      /* "2026-11-23", nullable */
  char *skill;     /* the skill it shows, nullable */
  char *text;      /* what the person did */
  char *outcome;   /* what came of it, nullable */
  char *link;      /* where it can be seen, nullable; shown as text, opened only when clicked */
  char *plan_item; /* the plan item it belongs to, nullable */
  JsonObject *extra;
} LadderEvidence;

#define LADDER_TYPE_PROFILE (ladder_profile_get_type ())
/* The parts of a profile that each have their own signal ("skills-changed"…): what an undo
 * step changed, so that undoing it tells only those. */
typedef enum
{
  LADDER_PROFILE_PART_SKILLS    = 1 << 0,
  LADDER_PROFILE_PART_PLAN      = 1 << 1,
  LADDER_PROFILE_PART_INTERVIEW = 1 << 2,
  LADDER_PROFILE_PART_EVIDENCE  = 1 << 3,
  LADDER_PROFILE_PART_ALL       = 0xf
} LadderProfilePart;

G_DECLARE_FINAL_TYPE (LadderProfile, ladder_profile, LADDER, PROFILE, GObject)

GQuark         ladder_profile_error_quark          (void);

JsonNode      *ladder_parse_json                   (const char     *data,
                                                    gsize           length,
                                                    GError        **error);

char          *ladder_profile_peek_name            (const char     *data,
                                                    gsize           length,
                                                    GError        **error);
LadderProfile *ladder_profile_new                  (const char     *name);
LadderProfile *ladder_profile_new_from_data        (const char     *data,
                                                    gsize           length,
                                                    GError        **error);
LadderProfile *ladder_profile_copy                 (LadderProfile  *self);
char          *ladder_profile_to_data              (LadderProfile  *self,
                                                    gsize          *length);
gboolean       ladder_profile_restore              (LadderProfile  *self,
                                                    const char     *data,
                                                    gsize           length,
                                                    guint           parts,
                                                    GError        **error);
gboolean       ladder_profile_replace_content      (LadderProfile  *self,
                                                    const char     *data,
                                                    gsize           length,
                                                    const char     *label,
                                                    GError        **error);
void           ladder_profile_take_content         (LadderProfile  *self,
                                                    LadderProfile  *other,
                                                    const char     *label,
                                                    guint           parts);
guint          ladder_profile_take_changed_parts   (LadderProfile  *self);
const char    *ladder_profile_get_change           (LadderProfile  *self,
                                                    const char    **key);

gboolean       ladder_profile_refuse               (GError        **error,
                                                    int             code,
                                                    const char     *format,
                                                    ...) G_GNUC_PRINTF (3, 4);
const char    *ladder_profile_get_name             (LadderProfile  *self);
LadderFramework *ladder_profile_get_framework      (LadderProfile  *self);
const char    *ladder_profile_get_framework_id     (LadderProfile  *self);
void           ladder_profile_set_framework        (LadderProfile  *self,
                                                    LadderFramework *framework);

/* What moving a profile to another ladder kept, made the person's own, and left out. */
typedef struct
{
  guint matched;  /* skills of the new ladder with the same name: their levels and notes kept */
  guint own;      /* rated skills without a match, kept as the person's own skills */
  guint left_out; /* unrated skills without a match */
  gboolean rungs_kept; /* the position and target have rungs of the same name */
} LadderFrameworkMove;

void           ladder_profile_move_to_framework    (LadderProfile  *self,
                                                    LadderFramework *framework,
                                                    LadderFrameworkMove *move);
void           ladder_profile_set_name             (LadderProfile  *self,
                                                    const char     *name);
const char    *ladder_profile_get_industry         (LadderProfile  *self);
void           ladder_profile_set_industry         (LadderProfile  *self,
                                                    const char     *industry);
const char    *ladder_profile_get_company_size     (LadderProfile  *self);
void           ladder_profile_set_company_size     (LadderProfile  *self,
                                                    const char     *company_size);
const char    *ladder_profile_get_background       (LadderProfile  *self);
void           ladder_profile_set_background       (LadderProfile  *self,
                                                    const char     *background);
guint          ladder_profile_get_years_experience (LadderProfile  *self);
void           ladder_profile_set_years_experience (LadderProfile  *self,
                                                    guint           years);
guint          ladder_profile_get_reports          (LadderProfile  *self);
void           ladder_profile_set_reports          (LadderProfile  *self,
                                                    guint           reports);
const char    *ladder_profile_get_track            (LadderProfile  *self);
const char    *ladder_profile_get_rung             (LadderProfile  *self);
void           ladder_profile_set_position         (LadderProfile  *self,
                                                    const char     *track,
                                                    const char     *rung);
const char    *ladder_profile_get_target_track     (LadderProfile  *self);
const char    *ladder_profile_get_target_rung      (LadderProfile  *self);
void           ladder_profile_set_target           (LadderProfile  *self,
                                                    const char     *track,
                                                    const char     *rung);
const char    *ladder_profile_get_applying_company (LadderProfile  *self);
const char    *ladder_profile_get_applying_role    (LadderProfile  *self);
void           ladder_profile_set_applying         (LadderProfile  *self,
                                                    const char     *company,
                                                    const char     *role);
guint          ladder_profile_get_review_month     (LadderProfile  *self);
void           ladder_profile_set_review_month     (LadderProfile  *self,
                                                    guint           month);
guint          ladder_profile_get_horizon_years    (LadderProfile  *self);
void           ladder_profile_set_horizon_years    (LadderProfile  *self,
                                                    guint           years);
gboolean       ladder_profile_get_read_only        (LadderProfile  *self);
const char    *ladder_profile_get_read_only_reason (LadderProfile  *self);
gint64         ladder_profile_get_format_version   (LadderProfile  *self);
const char    *ladder_profile_get_created          (LadderProfile  *self);
const char    *ladder_profile_get_modified         (LadderProfile  *self);
void           ladder_profile_touch                (LadderProfile  *self);

guint                     ladder_profile_get_n_skills  (LadderProfile *self);
const LadderProfileSkill *ladder_profile_get_skill     (LadderProfile *self,
                                                        guint          index);
const LadderProfileSkill *ladder_profile_lookup_skill  (LadderProfile *self,
                                                        const char    *id);
const char               *ladder_profile_get_skill_title (LadderProfile *self,
                                                          const char    *id);
void                      ladder_profile_set_skill_levels (LadderProfile *self,
                                                           const char    *id,
                                                           int            current,
                                                           int            target);
void                      ladder_profile_set_skill_target (LadderProfile *self,
                                                           const char    *id,
                                                           int            target,
                                                           gboolean       manual);
void                      ladder_profile_set_skill_hidden (LadderProfile *self,
                                                           const char    *id,
                                                           gboolean       hidden);
char                     *ladder_profile_add_skill      (LadderProfile *self,
                                                         const char    *name,
                                                         const char    *group);
void                      ladder_profile_rename_skill   (LadderProfile *self,
                                                         const char    *id,
                                                         const char    *name);
LadderProfileSkill       *ladder_profile_remove_skill   (LadderProfile *self,
                                                         const char    *id,
                                                         guint         *index);
void                      ladder_profile_insert_skill   (LadderProfile      *self,
                                                         guint               index,
                                                         LadderProfileSkill *skill);
void                      ladder_profile_skill_free     (LadderProfileSkill *skill);
void                      ladder_profile_set_skill_note (LadderProfile *self,
                                                         const char    *id,
                                                         const char    *note);

guint                 ladder_profile_get_n_plan_items  (LadderProfile *self);
const LadderPlanItem *ladder_profile_get_plan_item     (LadderProfile *self,
                                                        guint          index);
const char           *ladder_profile_get_plan_language (LadderProfile *self);
JsonObject           *ladder_profile_get_plan_inputs   (LadderProfile *self);
void                  ladder_profile_set_plan_inputs   (LadderProfile *self,
                                                        JsonObject    *inputs);
JsonObject           *ladder_profile_dup_inputs        (LadderProfile *self);
gboolean              ladder_profile_relabel_plan      (LadderProfile *self,
                                                        GHashTable    *fresh);
const char           *ladder_profile_get_plan_generated (LadderProfile *self);
void                  ladder_profile_set_plan          (LadderProfile *self,
                                                        GPtrArray     *items,
                                                        const char    *generated);
const LadderPlanItem *ladder_profile_lookup_plan_item  (LadderProfile *self,
                                                        const char    *id,
                                                        guint         *index);
void                  ladder_profile_set_plan_item_status (LadderProfile *self,
                                                           const char    *id,
                                                           LadderStatus   status);
void                  ladder_profile_edit_plan_item    (LadderProfile *self,
                                                        const char    *id,
                                                        const char    *title,
                                                        const char    *outcome);
void                  ladder_profile_update_plan_item  (LadderProfile *self,
                                                        const char    *id,
                                                        const char    *title,
                                                        const char    *outcome,
                                                        guint          year,
                                                        guint          quarter,
                                                        const char    *skill);
void                  ladder_profile_insert_plan_item  (LadderProfile  *self,
                                                        guint           index,
                                                        LadderPlanItem *item);
LadderPlanItem       *ladder_profile_remove_plan_item  (LadderProfile *self,
                                                        const char    *id,
                                                        guint         *index);
gboolean              ladder_profile_move_plan_item    (LadderProfile *self,
                                                        const char    *id,
                                                        int            delta);
gboolean              ladder_profile_place_plan_item   (LadderProfile *self,
                                                        const char    *id,
                                                        guint          year,
                                                        const char    *before_id);
LadderPlanItem       *ladder_plan_item_new             (const char    *id,
                                                        const char    *kind,
                                                        guint          year,
                                                        guint          quarter,
                                                        const char    *skill,
                                                        const char    *title,
                                                        const char    *outcome);
LadderPlanItem       *ladder_plan_item_copy            (const LadderPlanItem *item);
void                  ladder_plan_item_free            (LadderPlanItem *item);
char                 *ladder_profile_new_plan_item_id  (LadderProfile *self);
gboolean              ladder_profile_plan_item_was_removed (LadderProfile *self,
                                                            const char    *id);

guint                 ladder_profile_get_n_answers     (LadderProfile *self);
const LadderAnswer   *ladder_profile_get_answer        (LadderProfile *self,
                                                        guint          index);
const LadderAnswer   *ladder_profile_lookup_answer     (LadderProfile *self,
                                                        const char    *question);
void                  ladder_profile_set_answer        (LadderProfile *self,
                                                        const char    *question,
                                                        const char    *answer,
                                                        gboolean       edited,
                                                        const char    *plan_generated);
void                  ladder_profile_set_draft         (LadderProfile *self,
                                                        const char    *question,
                                                        const char    *draft,
                                                        const char    *plan_generated,
                                                        const char    *drafted_as);
char                 *ladder_profile_add_question      (LadderProfile *self,
                                                        const char    *text);
LadderAnswer         *ladder_profile_remove_answer     (LadderProfile *self,
                                                        const char    *question,
                                                        guint         *index);
void                  ladder_profile_insert_answer     (LadderProfile *self,
                                                        guint          index,
                                                        LadderAnswer  *answer);
void                  ladder_answer_free               (LadderAnswer  *answer);
guint                 ladder_profile_get_n_evidence    (LadderProfile *self);
LadderEvidence       *ladder_evidence_new              (const char    *date,
                                                        const char    *skill,
                                                        const char    *text,
                                                        const char    *outcome,
                                                        const char    *link,
                                                        const char    *plan_item);
void                  ladder_evidence_free             (LadderEvidence *evidence);
void                  ladder_profile_add_evidence      (LadderProfile  *self,
                                                        LadderEvidence *evidence);
void                  ladder_profile_replace_evidence  (LadderProfile  *self,
                                                        guint           index,
                                                        LadderEvidence *evidence);
void                  ladder_profile_remove_evidence   (LadderProfile  *self,
                                                        guint           index);
const LadderEvidence *ladder_profile_get_evidence      (LadderProfile *self,
                                                        guint          index);
typedef struct
{
  const char *skill; /* the skill's id, in @self */
  int mine;
  int theirs;
} LadderRatingDifference;

typedef struct
{
  const char *skill; /* the skill's id, in the profile */
  int from;          /* its level in the snapshot before, -1 when it had none */
  int to;
} LadderRatingChange;

void                  ladder_profile_check_in          (LadderProfile      *self,
                                                        const char         *quarter,
                                                        const char * const *done,
                                                        const char * const *moved,
                                                        const char         *note);
guint                 ladder_profile_get_n_checkins    (LadderProfile *self);
const char           *ladder_profile_get_checkin_date  (LadderProfile *self,
                                                        guint          index);
JsonObject           *ladder_profile_get_checkin       (LadderProfile *self,
                                                        guint          index);
GArray               *ladder_profile_compare_ratings   (LadderProfile *self,
                                                        LadderProfile *other);
guint                 ladder_profile_get_n_history     (LadderProfile *self);
JsonArray            *ladder_profile_get_history       (LadderProfile *self);
gboolean              ladder_profile_get_history_entry (LadderProfile  *self,
                                                        guint           index,
                                                        const char    **date,
                                                        JsonObject    **levels);
int                   ladder_profile_history_level     (JsonObject    *levels,
                                                        const char    *id);
GArray               *ladder_profile_get_history_changes (LadderProfile *self,
                                                          guint          index);
void                  ladder_profile_override_today    (const char    *date);
char                 *ladder_profile_today             (void);

const char   *ladder_status_to_string   (LadderStatus status);
const char * const *ladder_statuses       (void);
gboolean      ladder_is_valid_industry  (const char *id);
gboolean      ladder_is_valid_company_size (const char *id);
gboolean      ladder_is_valid_background (const char *id);
gboolean      ladder_is_valid_question  (const char *id);
const char * const *ladder_industries     (void);
const char * const *ladder_company_sizes  (void);
const char * const *ladder_backgrounds    (void);
const char   *ladder_industry_get_label     (const char *id);
const char   *ladder_company_size_get_label (const char *id);
const char   *ladder_background_get_label   (const char *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderPlanItem, ladder_plan_item_free)

G_END_DECLS
