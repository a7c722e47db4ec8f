/* SPDX-License-Identifier: GPL-3.0-or-later
 * The profile's fields, shared by the model, its reader and its writer. */
#pragma once

#include "ladder-profile.h"

G_BEGIN_DECLS

struct _LadderProfile
{
  GObject parent_instance;

  char *name;
  char *created;
  char *modified;
  char *framework;
  char *industry;
  char *company_size;
  char *background;
  guint years_experience;
  guint reports;
  char *track;
  char *rung;
  char *target_track;
  char *target_rung;
  guint horizon_years;
  guint review_month; /* 1–12, the month the company's review falls in; 0 when not set */
  char *applying_company; /* the company and role the person interviews for; nullable */
  char *applying_role;
  char *plan_generated;
  char *plan_language;  /* the language the plan was made in ("ru"), nullable */
  JsonObject *plan_inputs; /* what the plan was made from: the profile without its plan,
                            * interview, evidence and history ("made_from"); nullable */

  gint64 format_version;
  gboolean read_only;
  char *read_only_reason;      /* why, when it is not a newer version */
  LadderFramework *stand_in;   /* the profile's company ladder is not here: its ids only */

  GPtrArray *skills;   /* LadderProfileSkill */
  GHashTable *skill_index; /* id → LadderProfileSkill, rebuilt when NULL */
  GPtrArray *plan;     /* LadderPlanItem */
  GPtrArray *plan_removed; /* ids of generated items the person removed: never generated again */
  GPtrArray *answers;  /* LadderAnswer */
  GPtrArray *evidence; /* LadderEvidence */
  JsonArray *history;
  JsonArray *checkins; /* { date, quarter, done: [ids], moved: [ids], note }, oldest first */

  JsonObject *extra;
  JsonObject *context_extra;
  JsonObject *position_extra;
  JsonObject *target_extra;
  JsonObject *plan_extra;
  JsonObject *applying_extra;

  char *change_key;   /* what the last "changed" was, for the undo history */
  char *change_label;
  gboolean change_pending; /* described, its "changed" not emitted yet */
  guint changed_parts;     /* LadderProfilePart: what changed since it was last taken */
};

void  ladder_profile_add_missing_framework_skills (LadderProfile *self);
char *ladder_profile_now                        (void);
void  ladder_profile_skills_changed_shape       (LadderProfile *self);

G_END_DECLS
