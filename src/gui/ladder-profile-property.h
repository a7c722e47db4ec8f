/* SPDX-License-Identifier: GPL-3.0-or-later
 * The "profile" property every view and chart has: the window binds the session's open profile
 * to it, and the widget follows the profile's signals through a GSignalGroup. */
#pragma once

#include <glib-object.h>

#include "core/ladder-profile.h"

G_BEGIN_DECLS

static inline GParamSpec *
ladder_profile_param_spec (void)
{
  return g_param_spec_object ("profile", NULL, NULL, LADDER_TYPE_PROFILE,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                              G_PARAM_STATIC_STRINGS);
}

G_END_DECLS
