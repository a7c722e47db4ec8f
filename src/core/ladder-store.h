/* SPDX-License-Identifier: GPL-3.0-or-later
 * The folder of profile files: atomic saves with a backup, import, export, delete with undo. */
#pragma once

#include <gio/gio.h>

#include "ladder-profile.h"

G_BEGIN_DECLS

#define LADDER_STORE_ERROR (ladder_store_error_quark ())

typedef enum
{
  LADDER_STORE_ERROR_CHANGED_ON_DISK,
  LADDER_STORE_ERROR_NOT_FOUND,
  LADDER_STORE_ERROR_IO,
  LADDER_STORE_ERROR_REMOVED,
} LadderStoreError;

typedef struct
{
  char *file_name;
  char *name;     /* NULL when the file cannot be read */
  GError *error;  /* why it cannot be read */
} LadderStoreEntry;

/* Earlier versions kept by saves: the newest few, then one a day for a month, within a size. */
#define LADDER_STORE_RECENT_VERSIONS 10
#define LADDER_STORE_DAILY_DAYS 30
#define LADDER_STORE_VERSIONS_MAX_BYTES (64 * 1024 * 1024)
#define LADDER_STORE_VERSION_INTERVAL (10 * 60) /* seconds between two kept versions */

typedef struct
{
  char *path;
  gint64 time;   /* when it was replaced, seconds since 1970, UTC */
  goffset size;
  gboolean keep;
} LadderStoreVersion;

#define LADDER_TYPE_STORE (ladder_store_get_type ())
G_DECLARE_FINAL_TYPE (LadderStore, ladder_store, LADDER, STORE, GObject)

GQuark         ladder_store_error_quark   (void);

LadderStore   *ladder_store_new           (const char    *directory);
const char    *ladder_store_get_directory (LadderStore   *self);
GPtrArray     *ladder_store_list          (LadderStore   *self,
                                           GError       **error);
GPtrArray     *ladder_store_list_checked  (LadderStore   *self,
                                           GError       **error);
char          *ladder_store_resolve       (LadderStore   *self,
                                           const char    *file_or_name);
LadderProfile *ladder_store_load          (LadderStore   *self,
                                           const char    *file_name,
                                           GError       **error);
gboolean       ladder_store_save          (LadderStore   *self,
                                           LadderProfile *profile,
                                           const char    *file_name,
                                           GError       **error);
void           ladder_store_forget        (LadderStore   *self,
                                           const char    *file_name);
char          *ladder_store_create        (LadderStore   *self,
                                           LadderProfile *profile,
                                           GError       **error);
char          *ladder_store_duplicate     (LadderStore   *self,
                                           LadderProfile *profile,
                                           GError       **error);
char          *ladder_store_delete        (LadderStore   *self,
                                           const char    *file_name,
                                           GError       **error);
char          *ladder_store_restore       (LadderStore   *self,
                                           const char    *trashed,
                                           GError       **error);
char          *ladder_store_import        (LadderStore   *self,
                                           const char    *path,
                                           GError       **error);
gboolean       ladder_store_export        (LadderProfile *profile,
                                           const char    *path,
                                           GError       **error);
LadderProfile *ladder_profile_load_file   (const char    *path,
                                           GError       **error);
void           ladder_store_entry_free    (LadderStoreEntry *entry);
GPtrArray     *ladder_store_list_versions (LadderStore   *self,
                                           const char    *file_name);
char          *ladder_store_read_version  (LadderStore              *self,
                                           const LadderStoreVersion *version,
                                           gsize                    *length,
                                           LadderProfile           **profile,
                                           GError                  **error);
gboolean       ladder_store_keep_version  (LadderStore   *self,
                                           const char    *file_name,
                                           GError       **error);
void           ladder_store_clean_up      (LadderStore   *self);

G_END_DECLS
