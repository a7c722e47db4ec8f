/* SPDX-License-Identifier: GPL-3.0-or-later
 * The library of plan actions, per skill and tier of level. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LADDER_N_TIERS 3

typedef struct
{
  const char *skill;
  guint tier;          /* 0: levels 1–2, 1: level 3, 2: levels 4–5 */
  const char *title;   /* untranslated; pass through _() */
  const char *outcome; /* untranslated; pass through _() */
} LadderAction;

guint               ladder_action_tier_for_level (int         level);
const LadderAction *ladder_action_lookup         (const char *skill_id,
                                                  guint       tier);

G_END_DECLS
