/*
 * Wine-only stand-in for Windows' icuuc.dll. NEVER shipped.
 *
 * Qt6Core.dll imports ICU converter functions from icuuc.dll, which Windows 10
 * (1703) and later have in system32 but Wine 8 lacks, so no Qt program loads
 * under Wine without it. build-windows.sh compiles this into a throwaway Wine
 * prefix's system32, where PyInstaller treats it as a system DLL and leaves it
 * out of the bundle. Every converter reports "not available": Qt then falls
 * back to its built-in UTF-8/UTF-16/Latin-1 codecs, which is all the app uses.
 *
 * The exports are generated from Qt6Core.dll's import table (icuuc_exports.h),
 * so a newer Qt that imports more functions still links.
 */
#include <stddef.h>

#define U_FILE_ACCESS_ERROR 4

/* UConverter *ucnv_open(const char *name, UErrorCode *err) */
__declspec(dllexport) void *ucnv_open(const char *name, int *err)
{
    (void)name;
    if (err != NULL)
        *err = U_FILE_ACCESS_ERROR;
    return NULL;
}

/* Everything else: return 0 / NULL (no converters, no names, nothing pending). */
#define ICU_STUB(name) __declspec(dllexport) void *name(void) { return NULL; }
#include "icuuc_exports.h"
