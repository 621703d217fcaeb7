#!/usr/bin/env python3
"""Binds libnode's references to its own definitions at unpack time (DESIGN.md section 6).

libnode.so is linked with BIND_NOW and without -Bsymbolic, so every start resolves ~60,000
symbol relocations by name, most of them pointing back into libnode itself. This rewrites the
relocations against functions and strong (STB_GLOBAL) data objects *defined in libnode* (what
-Bsymbolic does at link time) into R_X86_64_RELATIVE ones, which the loader applies without any
lookup. Vague-linkage data (weak and STB_GNU_UNIQUE objects: template statics, inline-function
statics, vtables), IFUNCs, TLS, non-default visibility and undefined symbols are left to the
loader, so the one-definition rule for shared data still holds across objects. A function
interposed by an identical copy (inline/template code the binary also instantiates) is harmless.
scripts/check-symbols.sh fails the build if the nodus binary exports or copies a strong data
object that libnode defines.
Usage: bind-libnode.py IN OUT
"""
import struct
import sys

R_X86_64_64 = 1
R_X86_64_GLOB_DAT = 6
R_X86_64_JUMP_SLOT = 7
R_X86_64_RELATIVE = 8
STT_OBJECT = 1
STT_FUNC = 2
STB_GLOBAL = 1
STB_GNU_UNIQUE = 10
SHN_UNDEF = 0
DT_NULL, DT_RELA, DT_RELASZ, DT_JMPREL, DT_PLTRELSZ, DT_SYMTAB = 0, 7, 8, 23, 2, 6


def main():
    src, dst = sys.argv[1], sys.argv[2]
    data = bytearray(open(src, 'rb').read())
    if data[:4] != b'\x7fELF' or data[4] != 2 or data[5] != 1:
        sys.exit('bind-libnode: not a little-endian ELF64 file')
    e_phoff, = struct.unpack_from('<Q', data, 0x20)
    e_phentsize, e_phnum = struct.unpack_from('<HH', data, 0x36)
    # Program headers: PT_LOAD segments map vaddr -> file offset; PT_DYNAMIC gives the table.
    loads = []
    dynamic = None
    for i in range(e_phnum):
        off = e_phoff + i * e_phentsize
        p_type, _flags, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from('<IIQQQQ', data, off)
        if p_type == 1:
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == 2:
            dynamic = (p_offset, p_filesz)

    def to_off(vaddr):
        for v, o, sz in loads:
            if v <= vaddr < v + sz:
                return vaddr - v + o
        raise ValueError(hex(vaddr))

    dyn = {}
    off, size = dynamic
    for i in range(0, size, 16):
        tag, val = struct.unpack_from('<qQ', data, off + i)
        if tag == DT_NULL:
            break
        dyn[tag] = val
    symtab = to_off(dyn[DT_SYMTAB])

    def sym(index):
        st_name, st_info, st_other, st_shndx, st_value, st_size = struct.unpack_from(
            '<IBBHQQ', data, symtab + index * 24)
        return st_info & 0xf, st_info >> 4, st_shndx, st_value, st_other & 3

    converted = 0
    kept = 0
    for table, size_tag in ((DT_RELA, DT_RELASZ), (DT_JMPREL, DT_PLTRELSZ)):
        if table not in dyn:
            continue
        base = to_off(dyn[table])
        for i in range(0, dyn[size_tag], 24):
            r_offset, r_info, r_addend = struct.unpack_from('<QQq', data, base + i)
            rtype = r_info & 0xffffffff
            symidx = r_info >> 32
            if rtype not in (R_X86_64_64, R_X86_64_GLOB_DAT, R_X86_64_JUMP_SLOT) or symidx == 0:
                continue
            stype, bind, shndx, value, visibility = sym(symidx)
            bindable = (stype == STT_FUNC and bind != STB_GNU_UNIQUE) or \
                (stype == STT_OBJECT and bind == STB_GLOBAL)
            if not bindable or shndx == SHN_UNDEF or visibility != 0:
                kept += 1
                continue
            addend = value + (r_addend if rtype == R_X86_64_64 else 0)
            struct.pack_into('<QQq', data, base + i, r_offset, R_X86_64_RELATIVE, addend)
            converted += 1
    with open(dst, 'wb') as f:
        f.write(data)
    print(f'bind-libnode: {converted} relocations bound to libnode\'s own definitions, '
          f'{kept} left to the loader')


if __name__ == '__main__':
    main()
