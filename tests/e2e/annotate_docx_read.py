"""Reads an annotated copy the way an independent reader would (tests/e2e/annotate_docx.sh).

    annotate_docx_read.py findings ORIGINAL.docx REPORT.json ANNOTATED.docx
        every gap has exactly one plancheck comment (author, date) whose anchored text is its hit
        or its sentence; rejecting every tracked change gives the original text back and accepting
        them changes only what the fixes say; python3-docx opens the accepted copy.
    annotate_docx_read.py accept ANNOTATED.docx OUT.docx     accept all tracked changes (XML)
    annotate_docx_read.py parts ORIGINAL.docx ANNOTATED.docx  every part kept byte for byte, but
        document.xml, comments.xml and (when the original had no comments) the .rels and types
    annotate_docx_read.py unusual IN.docx OUT.docx  IN with a comment, tracked changes, a field and
        a text box added (a colleague's marked-up draft)
    annotate_docx_read.py ignore ANNOTATED.docx OUT.docx RULE  OUT: a reply "plancheck：忽略 RULE"
        on the first comment of RULE (the copy must be made with --annotate-ids)
"""
import collections, io, json, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
q = lambda tag: f"{{{W}}}{tag}"
for prefix, uri in [("w", W), ("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
                    ("m", "http://schemas.openxmlformats.org/officeDocument/2006/math"),
                    ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
                    ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
                    ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
                    ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
                    ("w14", "http://schemas.microsoft.com/office/word/2010/wordml"),
                    ("w15", "http://schemas.microsoft.com/office/word/2012/wordml")]:
    ET.register_namespace(prefix, uri)
ET.register_namespace("v", "urn:schemas-microsoft-com:vml")


def parts(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if not n.endswith("/")}


def anchored(document):
    """comment id -> the original text between its commentRangeStart and commentRangeEnd: w:t and
    w:delText, not what a pending w:ins adds."""
    open_ids, text = [], collections.defaultdict(str)

    def walk(el, inserted):
        if el.tag == q("commentRangeStart"):
            open_ids.append(el.get(q("id")))
        elif el.tag == q("commentRangeEnd"):
            if el.get(q("id")) in open_ids:
                open_ids.remove(el.get(q("id")))
        elif el.tag in (q("t"), q("delText")) and not inserted:
            for i in open_ids:
                text[i] += el.text or ""
        elif el.tag == q("tab") and not inserted:
            for i in open_ids:
                text[i] += "\t"
        for child in el:
            walk(child, inserted or el.tag == q("ins"))

    walk(ET.fromstring(document), False)
    return text


def comments(part):
    out = {}
    for c in ET.fromstring(part).iter(q("comment")):
        paras = ["".join(t.text or "" for t in p.iter(q("t"))) for p in c.iter(q("p"))]
        out[c.get(q("id"))] = {"author": c.get(q("author")), "date": c.get(q("date")),
                               "text": "\n".join(paras)}
    return out


def revise(document, accept):
    """document.xml with plancheck's tracked changes accepted (drop w:del, unwrap w:ins) or
    rejected (drop w:ins, unwrap w:del, its w:delText back to w:t)."""
    root = ET.fromstring(document)
    if not accept:
        for d in root.iter(q("del")):
            if d.get(q("author")) == "plancheck":
                for t in d.iter(q("delText")):
                    t.tag = q("t")
    drop, keep = (q("del"), q("ins")) if accept else (q("ins"), q("del"))
    for parent in list(root.iter()):
        for i, child in reversed(list(enumerate(parent))):
            if child.get(q("author")) != "plancheck":
                continue  # a colleague's revision stays pending, as in the original
            if child.tag == drop:
                parent.remove(child)
            elif child.tag == keep:
                parent.remove(child)
                for j, grandchild in enumerate(list(child)):
                    parent.insert(i + j, grandchild)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def paragraph_texts(document):
    return ["".join(t.text or "" for t in p.iter(q("t"))) for p in ET.fromstring(document).iter(q("p"))]


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def findings(original, report_path, annotated):
    report = json.load(open(report_path))["documents"][0]
    gaps = [r for r in report["results"] if r["status"] in ("fail", "partial")]
    old, new = parts(original), parts(annotated)
    ours = {i: c for i, c in comments(new["word/comments.xml"]).items() if c["author"] == "plancheck"}
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", c["date"]) for c in ours.values())
    assert len(ours) == len(gaps), (len(ours), len(gaps))
    text = anchored(new["word/document.xml"])
    one_line = lambda s: re.sub(r"[\n\r\t]", " ", s)
    free = dict(ours)
    for r in gaps:  # each gap: one comment of its message and rule, anchored on its hit or sentence
        def fits(c, i):
            lines = c["text"].split("\n")
            if lines[0] != one_line(r["message"]) or f"规则：{r['rule']}" not in lines:
                return False
            got = text.get(i, "")
            evidence = r["evidence"].strip("…")
            if r["location"]["line"] == 0 or not r["evidence"]:
                return True  # the whole plan: on the title
            wrong = re.search(r"“(.+?)”应为“", r["message"])
            if r["fix"] and wrong:
                return nfkc(got) == nfkc(wrong.group(1)) or bool(got) and got in evidence
            return bool(got) and (got.strip() in evidence or nfkc(evidence) in nfkc(got))
        match = [i for i, c in free.items() if fits(c, i)]
        assert match, ("no comment for", r["rule"], r["location"], r["message"])
        del free[match[0]]
    assert not free, free
    # Rejecting every change is the original text; accepting changes only the revised spots.
    before = paragraph_texts(old["word/document.xml"])
    assert paragraph_texts(revise(new["word/document.xml"], accept=False)) == before
    after = paragraph_texts(revise(new["word/document.xml"], accept=True))
    assert len(after) == len(before)
    # Each paragraph walked as its text and plancheck's changes, each change a w:del (what it
    # strikes) followed by a w:ins (what it writes) at a place in the original text.
    fixes = [r["fix"] for r in gaps if r["fix"]]
    changes, changed = [], 0
    for i, p in enumerate(ET.fromstring(new["word/document.xml"]).iter(q("p"))):
        state = {"was": "", "now": "", "at": None, "deleted": ""}
        def walk(el):
            mine = el.get(q("author")) == "plancheck"
            if el.tag == q("del") and mine:
                if state["at"] is None:
                    state["at"] = len(state["was"])
                text = "".join(t.text or "" for t in el.iter(q("delText")))
                state["deleted"] += text
                state["was"] += text
            elif el.tag == q("ins") and mine:
                inserted = "".join(t.text or "" for t in el.iter(q("t")))
                assert state["at"] is not None, ("an insertion that replaces nothing", inserted)
                changes.append((i, state["at"], state["deleted"], inserted))
                state.update(now=state["now"] + inserted, at=None, deleted="")
            else:
                if el.tag == q("t"):
                    state["was"] += el.text or ""
                    state["now"] += el.text or ""
                for child in el:
                    walk(child)
        walk(p)
        assert state["at"] is None, ("a deletion with no insertion", state["deleted"])
        assert state["was"] == before[i] and state["now"] == after[i], (i, state, before[i], after[i])
        changed += before[i] != after[i]
    # Every change is part of a finding's fix: the fix with the change undone is in the text there.
    for i, at, deleted, inserted in changes:
        tied = False
        for f in fixes:
            k = f.find(inserted)
            while k >= 0 and not tied:
                head, tail = f[:k], f[k + len(inserted):]
                tied = at >= len(head) and \
                    before[i][at - len(head):at + len(deleted) + len(tail)] == head + deleted + tail
                k = f.find(inserted, k + 1)
        assert tied, ("a change no finding asked for", before[i][max(0, at - 5):at + 10], deleted, inserted)
    import docx
    accepted = io.BytesIO()
    write(accepted, annotated, {"word/document.xml": revise(new["word/document.xml"], accept=True)})
    docx.Document(accepted)
    print(f"{len(ours)} comments, {len(changes)} tracked changes, {changed} paragraphs changed")


def ours(annotated):
    """How many tracked changes are plancheck's, and the start of the paragraph with most comments."""
    root = ET.fromstring(parts(annotated)["word/document.xml"])
    n = sum(1 for i in root.iter(q("ins")) if i.get(q("author")) == "plancheck")
    busiest = max(root.iter(q("p")), key=lambda p: len(p.findall(q("commentRangeStart"))))
    text = "".join(t.text or "" for t in busiest.iter(q("t"))).strip()
    print(n, text[:10])


def write(out, source, replace):
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as o:
        for n in z.namelist():
            o.writestr(n, replace.get(n, z.read(n)))
        for n, data in replace.items():
            if n not in z.namelist():
                o.writestr(n, data)


def accept(annotated, out):
    write(out, annotated, {"word/document.xml": revise(parts(annotated)["word/document.xml"], accept=True)})


def kept_parts(original, annotated):
    old, new = parts(original), parts(annotated)
    edited = {"word/document.xml", "word/comments.xml"}
    if "word/comments.xml" not in old:
        edited |= {"[Content_Types].xml", "word/_rels/document.xml.rels"}
        assert b"comments.xml" in new["word/_rels/document.xml.rels"]
        assert b"/word/comments.xml" in new["[Content_Types].xml"]
    missing = set(old) - set(new)
    assert not missing, missing
    changed = [n for n in old if n not in edited and old[n] != new[n]]
    assert not changed, changed
    assert set(new) - set(old) <= {"word/comments.xml"}, set(new) - set(old)
    if "word/comments.xml" in old:  # the colleague's comments are all still there, as they were
        before, after = comments(old["word/comments.xml"]), comments(new["word/comments.xml"])
        for i, c in before.items():
            assert after.get(i) == c, (i, c, after.get(i))
    ids = [c.get(q("id")) for c in ET.fromstring(new["word/comments.xml"]).iter(q("comment"))]
    assert len(ids) == len(set(ids)), "comment ids repeat"
    starts = [e.get(q("id")) for e in ET.fromstring(new["word/document.xml"]).iter(q("commentRangeStart"))]
    assert sorted(starts) == sorted(set(starts)) and set(starts) <= set(ids)
    print(f"{len(old)} parts kept, {len(new)} in the copy")


def unusual(source, out):
    """A colleague's draft: a comment, an insertion and a deletion pending, a PAGE field, a text box."""
    p = parts(source)
    root = ET.fromstring(p["word/document.xml"])
    body = root.find(q("body"))
    paras = [e for e in body if e.tag == q("p") and "".join(t.text or "" for t in e.iter(q("t"))).strip()]
    first, second, third = paras[1], paras[2], paras[3]
    E = lambda tag, **a: ET.Element(q(tag), {q(k): v for k, v in a.items()})
    # a comment of someone else's on the second paragraph
    first.insert(1 if first.find(q("pPr")) is not None else 0, E("commentRangeStart", id="0"))
    first.append(E("commentRangeEnd", id="0"))
    ref = E("r"); ref.append(E("commentReference", id="0")); first.append(ref)
    # a pending insertion and a pending deletion by a colleague
    ins = E("ins", id="901", author="同事", date="2025-01-01T00:00:00Z")
    r = E("r"); t = E("t"); t.text = "（新增内容）"; r.append(t); ins.append(r); second.append(ins)
    dele = E("del", id="902", author="同事", date="2025-01-01T00:00:00Z")
    r = E("r"); t = E("delText"); t.text = "已删去的旧文字"; r.append(t); dele.append(r); second.append(dele)
    # a complex field showing a page number, and a text box with a paragraph of its own
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("result", "1"), ("end", None)):
        r = E("r")
        if kind == "instr":
            it = E("instrText"); it.text = text; r.append(it)
        elif kind == "result":
            t = E("t"); t.text = text; r.append(t)
        else:
            r.append(E("fldChar", fldCharType=kind))
        third.append(r)
    r = E("r"); pict = ET.SubElement(r, q("pict"))
    shape = ET.SubElement(pict, "{urn:schemas-microsoft-com:vml}shape", {"style": "width:200pt;height:40pt"})
    box = ET.SubElement(shape, "{urn:schemas-microsoft-com:vml}textbox")
    content = ET.SubElement(box, q("txbxContent"))
    bp = ET.SubElement(content, q("p")); br = ET.SubElement(bp, q("r")); bt = ET.SubElement(br, q("t"))
    bt.text = "专栏：文本框里的一段话。"
    third.append(r)
    comments_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                    f'<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="同事" w:date="2025-01-01T00:00:00Z">'
                    f'<w:p><w:r><w:t>请再核对这一段。</w:t></w:r></w:p></w:comment></w:comments>').encode()
    rels = p["word/_rels/document.xml.rels"].decode().replace(
        "</Relationships>", '<Relationship Id="rIdC9" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
    types = p["[Content_Types].xml"].decode().replace(
        "</Types>", '<Override PartName="/word/comments.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
    write(out, source, {"word/document.xml": ET.tostring(root, encoding="utf-8", xml_declaration=True),
                        "word/comments.xml": comments_xml, "word/_rels/document.xml.rels": rels.encode(),
                        "[Content_Types].xml": types.encode()})


def ignore(annotated, out, rule):
    """A reply on the first plancheck comment of `rule`: a comment of its own on the same range,
    with its reference run, as Word writes one (LibreOffice drops a comment without it)."""
    p = parts(annotated)
    cs = comments(p["word/comments.xml"])
    target = next(i for i, c in cs.items() if f"规则：{rule}" in c["text"].split("\n"))
    new_id = str(max(int(i) for i in cs) + 1)
    doc = p["word/document.xml"].decode()
    doc, n = re.subn(rf'(<w:commentRangeStart w:id="{target}"\s*/>)',
                     rf'\1<w:commentRangeStart w:id="{new_id}"/>', doc, 1)
    doc, m = re.subn(rf'(<w:commentRangeEnd w:id="{target}"\s*/>)',
                     rf'<w:commentRangeEnd w:id="{new_id}"/>'
                     rf'<w:r><w:commentReference w:id="{new_id}"/></w:r>\1', doc, 1)
    assert n == 1 and m == 1, (n, m)
    com = p["word/comments.xml"].decode()
    assert com.endswith("</w:comments>"), com[-40:]
    com = com.replace(
        "</w:comments>", f'<w:comment w:id="{new_id}" w:author="起草人" w:date="2025-03-05T00:00:00Z">'
        f'<w:p><w:r><w:t>plancheck：忽略 {rule} 已与司法局核实</w:t></w:r></w:p></w:comment></w:comments>')
    write(out, annotated, {"word/document.xml": doc.encode(), "word/comments.xml": com.encode()})


if __name__ == "__main__":
    {"findings": findings, "accept": accept, "parts": kept_parts, "unusual": unusual,
     "ignore": ignore, "ours": ours}[sys.argv[1]](*sys.argv[2:])
