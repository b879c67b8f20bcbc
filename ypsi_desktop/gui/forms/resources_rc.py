# Generated from resources/resources.qrc by tools/build_forms.py: do not edit by hand.
# Resource object code (Python 3)
# Created by: object code

# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x01\x93\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- Padlo\
ck for the Lock \
command. Drawn f\
or this project.\
 -->\x0a<svg xmlns=\
\x22http://www.w3.o\
rg/2000/svg\x22 wid\
th=\x2224\x22 height=\x22\
24\x22 viewBox=\x220 0\
 24 24\x22>\x0a  <path\
 d=\x22M7 10 V7 a5 \
5 0 0 1 10 0 V10\
\x22 fill=\x22none\x22 st\
roke=\x22#33414e\x22 s\
troke-width=\x222\x22/\
>\x0a  <rect x=\x224.5\
\x22 y=\x2210\x22 width=\x22\
15\x22 height=\x2211\x22 \
rx=\x222\x22 fill=\x22#33\
414e\x22/>\x0a  <circl\
e cx=\x2212\x22 cy=\x2215\
\x22 r=\x221.8\x22 fill=\x22\
#ffffff\x22/>\x0a</svg\
>\x0a\
\x00\x00\x02a\
<\
?xml version=\x221.\
0\x22 encoding=\x22UTF\
-8\x22?>\x0a<!-- YPSI \
Desktop applicat\
ion icon: a shie\
ld over a ruled \
record card. Dra\
wn for this proj\
ect. -->\x0a<svg xm\
lns=\x22http://www.\
w3.org/2000/svg\x22\
 width=\x2264\x22 heig\
ht=\x2264\x22 viewBox=\
\x220 0 64 64\x22>\x0a  <\
path d=\x22M32 4 L5\
6 12 V30 C56 45 \
46 55 32 60 C18 \
55 8 45 8 30 V12\
 Z\x22 fill=\x22#1f4e7\
9\x22 stroke=\x22#0f2a\
44\x22 stroke-width\
=\x222\x22/>\x0a  <rect x\
=\x2220\x22 y=\x2219\x22 wid\
th=\x2224\x22 height=\x22\
28\x22 rx=\x222\x22 fill=\
\x22#ffffff\x22/>\x0a  <r\
ect x=\x2224\x22 y=\x2225\
\x22 width=\x2216\x22 hei\
ght=\x222.5\x22 fill=\x22\
#1f4e79\x22/>\x0a  <re\
ct x=\x2224\x22 y=\x2231\x22\
 width=\x2216\x22 heig\
ht=\x222.5\x22 fill=\x22#\
1f4e79\x22/>\x0a  <rec\
t x=\x2224\x22 y=\x2237\x22 \
width=\x2210\x22 heigh\
t=\x222.5\x22 fill=\x22#1\
f4e79\x22/>\x0a</svg>\x0a\
\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x08\
\x05\x9eT\xa7\
\x00l\
\x00o\x00c\x00k\x00.\x00s\x00v\x00g\
\x00\x10\
\x036\xc8\xe7\
\x00y\
\x00p\x00s\x00i\x00-\x00d\x00e\x00s\x00k\x00t\x00o\x00p\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x02\
\x00\x00\x00&\x00\x00\x00\x00\x00\x01\x00\x00\x01\x97\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
