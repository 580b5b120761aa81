/*
 * Wine-only stand-in for Windows' bcryptprimitives.dll. NEVER shipped.
 *
 * Rust's standard library (inside cryptography's _rust.pyd, which signs the printed QR
 * codes) takes its random bytes from ProcessPrng in bcryptprimitives.dll, which Windows 10
 * and later have in system32 but Wine 8 lacks: without it the module does not load under
 * Wine. build-windows.sh compiles this into a throwaway Wine prefix's system32 only.
 * ProcessPrng draws from RtlGenRandom (advapi32's SystemFunction036), which Wine has.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);  /* RtlGenRandom */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
