"""Drafts made by real producers for tests/e2e/annotate_docx.sh (nothing here is hand-edited XML).

    annotate_docx_make.py python-docx OUT.docx
        python3-docx writes a short plan whose mistakes sit where Word puts text: a 文号 in square
        brackets, doubled and half-width marks, a 异形词 and a confusable; one hit split over a
        bold and a plain run, one inside a hyperlink, one in a table cell, and the heading numbers
        of a draft that mixed half-width brackets into （一）.
The LibreOffice-written draft is made by the shell script itself (soffice --convert-to docx).
"""
import sys

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def hyperlink(paragraph, url, text):
    """A w:hyperlink with one run, the way Word stores a link typed in the text."""
    rid = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def python_docx(out):
    d = docx.Document()
    d.add_heading("某区公共法律服务体系建设三年行动方案（2023—2025年）", level=0)
    d.add_paragraph("根据《关于加快推进公共法律服务体系建设的意见》和区政府办公室五府办发[2022]13号文件要求，"
                    "结合本区实际，制定本方案。。")
    d.add_paragraph("一、总体要求")
    d.add_paragraph("（一）指导思想")
    p = d.add_paragraph("坚持以人民为中心,鼓励社会力量参预公共法律服务，推动")
    bold = p.add_run("公正")  # the confusable 公正处 split over a bold run and a plain one
    bold.bold = True
    p.add_run("处规范化建设。")
    d.add_paragraph("(二)基本原则")
    p = d.add_paragraph("坚持系统推进，详见")
    hyperlink(p, "http://sfj.example.gov.cn/", "区司法局网站,及时公开")
    p.add_run("办事指南。")
    d.add_paragraph("（三）主要目标")
    d.add_paragraph("到2025年，基本建成覆盖全业务、全时空的公共法律服务网络。")
    table = d.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["序号", "指标名称", "目标值"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["1", "村（社区）法律顾问覆盖率，，", "100%"]):
        cell.text = text
    d.add_paragraph("二、保障措施")
    d.add_paragraph("加强组织领导，落实经费保障，强化督查考核。")
    d.save(out)


if __name__ == "__main__":
    {"python-docx": python_docx}[sys.argv[1]](*sys.argv[2:])
