/* SPDX-License-Identifier: GPL-3.0-or-later
 * The company ladders a person imported, and the one Ladder brings: found by the id a profile
 * names ("builtin:pm", "company:acme"). */
#pragma once

#include "ladder-framework.h"

G_BEGIN_DECLS

typedef struct
{
  char *id;
  char *name;    /* NULL when the file cannot be read */
  GError *error; /* why it cannot be read */
} LadderFrameworkEntry;

void             ladder_framework_entry_free      (LadderFrameworkEntry *entry);
void             ladder_frameworks_set_directory  (const char           *directory);
const char      *ladder_frameworks_get_directory  (void);
LadderFramework *ladder_frameworks_lookup         (const char           *id,
                                                   GError              **error);
GPtrArray       *ladder_frameworks_list           (void);
char            *ladder_frameworks_add            (LadderFramework      *framework,
                                                   GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderFrameworkEntry, ladder_framework_entry_free)

G_END_DECLS
