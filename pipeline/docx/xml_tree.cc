// libxml2 behind a few helpers: parse a part safely, match elements by
// namespace and local name (prefixes vary between producers).
#include <libxml/parser.h>

#include <cstring>
#include <mutex>

#include "pipeline/docx/docx_internal.h"

namespace vbtask::docx_internal {

const char* const kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char* const kWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const char* const kMc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

void XmlDocFree::operator()(xmlDoc* d) const { xmlFreeDoc(d); }

Result<XmlDoc> ParseXml(const std::string& path, const std::string& part,
                        const std::string& bytes) {
  // xmlInitParser must run once before threads parse concurrently.
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (!ctxt) return Status::Internal(path + ": cannot start libxml2");
  // No network, no entity expansion (no external entities, no billion
  // laughs), no messages on stderr: errors come back as values.
  int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  xmlDoc* doc = xmlCtxtReadMemory(ctxt, bytes.data(), static_cast<int>(bytes.size()),
                                  part.c_str(), nullptr, options);
  if (!doc || !ctxt->wellFormed) {
    std::string what = "malformed XML";
    if (const xmlError* e = xmlCtxtGetLastError(ctxt); e && e->message) {
      what += " at line " + std::to_string(e->line) + ": " + e->message;
      while (!what.empty() && what.back() == '\n') what.pop_back();
    }
    if (doc) xmlFreeDoc(doc);
    xmlFreeParserCtxt(ctxt);
    return Status::InvalidInput(path + ": " + part + ": " + what);
  }
  xmlFreeParserCtxt(ctxt);
  return XmlDoc(doc);
}

namespace {
bool NsIs(const xmlNs* ns, const char* want) {
  if (!ns || !ns->href) return false;
  const char* href = reinterpret_cast<const char*>(ns->href);
  if (std::strcmp(href, want) == 0) return true;
  return want == kW && std::strcmp(href, kWStrict) == 0;
}
}  // namespace

bool Is(const xmlNode* n, const char* ns, const char* local) {
  return n && n->type == XML_ELEMENT_NODE &&
         std::strcmp(reinterpret_cast<const char*>(n->name), local) == 0 &&
         NsIs(n->ns, ns);
}

bool IsW(const xmlNode* n, const char* local) { return Is(n, kW, local); }

std::string Attr(const xmlNode* n, const char* ns, const char* local) {
  if (!n) return "";
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), local) != 0) continue;
    if (a->ns && !NsIs(a->ns, ns)) continue;
    xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
    std::string s = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return s;
  }
  return "";
}

std::string WAttr(const xmlNode* n, const char* local) { return Attr(n, kW, local); }

const xmlNode* Child(const xmlNode* n, const char* ns, const char* local) {
  if (!n) return nullptr;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (Is(c, ns, local)) return c;
  }
  return nullptr;
}

const xmlNode* WChild(const xmlNode* n, const char* local) { return Child(n, kW, local); }

bool WFlag(const xmlNode* parent, const char* local, bool fallback) {
  const xmlNode* f = WChild(parent, local);
  if (!f) return fallback;
  std::string v = WAttr(f, "val");
  return !(v == "0" || v == "false" || v == "off");
}

std::string Content(const xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

}  // namespace vbtask::docx_internal
