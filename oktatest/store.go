package oktatest

import (
	"bytes"
	"embed"
	"encoding/json"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"
)

// The generic store answers every operation that has no hand-written handler. It classifies each operation of the
// operation tables by the shape of its path and its method (see genKinds), and keeps the resources clients create
// as JSON objects, whole, under their concrete paths:
//
//   - a collection (a path whose next segment is an ID, or whose GET answers an array) lists with GET and creates
//     with POST; an item (a path ending in an ID) reads with GET, replaces with PUT, merges with POST and PATCH
//     and deletes with DELETE, which deletes everything below it too;
//   - a lifecycle action (…/lifecycle/activate, …/deactivate, …/suspend, ...) moves the status of its resource;
//   - a singleton (a path without an ID that the API reads with GET: org settings, threat insight, ...) reads and
//     replaces one object, seeded with the payload Okta answered when one was recorded (seeds/);
//   - any other action answers what its response schema says: nothing, an empty array, the resource it acts on
//     when the schema is the resource's, or an empty object of the schema.
//
// A path's parents must exist: an unknown ID is Okta's E0000007. Resources that no operation creates (brands'
// templates, features, the user schema, ...) exist on demand, the way an org has them from the start.

// genKind says how the generic store answers an operation.
type genKind int

const (
	genList          genKind = iota // GET a collection
	genCreate                       // POST to a collection
	genClear                        // DELETE a collection: every item
	genGet                          // GET an item
	genReplace                      // PUT an item
	genUpdate                       // POST or PATCH an item: merge
	genDelete                       // DELETE an item
	genSingleGet                    // GET a singleton
	genSingleReplace                // PUT a singleton
	genSingleUpdate                 // POST or PATCH a singleton: merge
	genSingleDelete                 // DELETE a singleton
	genLifecycle                    // POST .../lifecycle/<action>: move the status
	genAction                       // anything else
)

// genOp is how the generic store answers one operation.
type genOp struct {
	kind genKind
	// target is the number of path segments of the resource a lifecycle or other action acts on (its item or
	// singleton), 0 if none.
	target int
	// status is the status a lifecycle action moves its resource to.
	status string
	// targetSchema is the schema of the resource an action acts on (what GET answers for it).
	targetSchema string
}

// lifecycleStatus maps the last segment of a lifecycle action to the status it moves a resource to.
var lifecycleStatus = map[string]string{
	"activate":   "ACTIVE",
	"deactivate": "INACTIVE",
	"suspend":    "SUSPENDED",
	"unsuspend":  "ACTIVE",
	"unlock":     "ACTIVE",
	"reactivate": "ACTIVE",
	"pause":      "PAUSED",
	"resume":     "ACTIVE",
	"stop":       "STOPPED",
}

// idPrefixes gives the IDs of the resources of a collection (by the collection's last segment) Okta's prefixes.
// Other resources get the generic prefix 0oz.
var idPrefixes = map[string]string{
	"users": "00u", "groups": "00g", "apps": "0oa", "policies": "00p", "rules": "0pr", "factors": "mbl",
	"authorizationServers": "aus", "scopes": "scp", "claims": "ocl", "idps": "0oa", "zones": "nzo",
	"trustedOrigins": "tos", "eventHooks": "who", "inlineHooks": "cal", "logStreams": "0oa", "roles": "irb",
	"resource-sets": "iam", "bindings": "irb", "sessions": "102", "mappings": "prm", "brands": "bnd",
	"domains": "OcD", "authenticators": "aut", "behaviors": "abc", "device-assurances": "dae", "devices": "guo",
	"agentPools": "0oa", "updates": "upd", "api-tokens": "00T", "owners": "00u", "targets": "0oa",
	"customizations": "oel", "themes": "thm", "keys": "kid", "csrs": "csr", "grants": "oag", "tokens": "oar",
	"push-providers": "ppc", "email-domains": "OeD", "realms": "guo", "risk-providers": "rkp", "sms": "smt",
	"members": "irb", "captchas": "ccp", "linkedObjects": "lo0", "mappings-list": "prm", "subscriptions": "sub",
	"identity-sources": "0oa", "sessions-list": "102", "clients": "0oa", "principal-rate-limits": "cbl",
	"api-services": "0oa", "secrets": "ocs", "hook-keys": "hks", "email-servers": "ess",
}

// envelopes names the member that holds the items of a list answered as an envelope object, by its schema.
var envelopes = map[string]string{
	"RoleAssignedUsers":         "value",
	"ResourceSets":              "resource-sets",
	"ResourceSetResources":      "resources",
	"ResourceSetBindings":       "roles",
	"ResourceSetBindingMembers": "members",
	"IamRoles":                  "roles",
	"EmailServerListResponse":   "email-servers",
}

// genOps classifies the operations of the tables, by ID; shapes maps "METHOD /a/{}/b" (the path with its
// wildcards unnamed) to the operation.
var genOps, shapes = classify(operations)

func classify(ops []operation) (map[string]genOp, map[string]*operation) {
	byShape := map[string]*operation{}
	children := map[string]bool{} // shapes that have an item below them
	for i := range ops {
		op := &ops[i]
		sh := shapeOf(op.path)
		byShape[op.method+" "+sh] = op
		if strings.HasSuffix(sh, "/{}") {
			children[strings.TrimSuffix(sh, "/{}")] = true
		}
	}
	isColl := func(sh string) bool {
		if children[sh] {
			return true
		}
		g := byShape["GET "+sh]
		return g != nil && g.respArray
	}
	out := map[string]genOp{}
	for i := range ops {
		op := &ops[i]
		segs := op.path.segs
		sh := shapeOf(op.path)
		last := ""
		if len(segs) > 0 {
			last = segs[len(segs)-1]
		}
		var g genOp
		switch {
		case op.method == http.MethodGet && op.respArray:
			g.kind = genList
		case isWildcard(last):
			g.kind = map[string]genKind{http.MethodGet: genGet, http.MethodPut: genReplace,
				http.MethodDelete: genDelete}[op.method]
			if op.method == http.MethodPost || op.method == http.MethodPatch {
				g.kind = genUpdate
			}
		case op.method == http.MethodPost && lifecycleStatus[last] != "" && len(segs) > 1:
			g.kind, g.status = genLifecycle, lifecycleStatus[last]
			g.target = len(segs) - 1
			if segs[len(segs)-2] == "lifecycle" {
				g.target--
			}
		case isColl(sh):
			switch op.method {
			case http.MethodGet:
				g.kind = genList
			case http.MethodPost:
				g.kind = genCreate
			case http.MethodDelete:
				g.kind = genClear
			default:
				g.kind = genAction
				g.target = len(segs)
			}
		case byShape["GET "+sh] != nil:
			g.kind = map[string]genKind{http.MethodGet: genSingleGet, http.MethodPut: genSingleReplace,
				http.MethodDelete: genSingleDelete}[op.method]
			if op.method == http.MethodPost || op.method == http.MethodPatch {
				g.kind = genSingleUpdate
			}
		default:
			g.kind = genAction
			g.target = len(segs) - 1
		}
		if g.target > 0 {
			tsh := "/" + strings.Join(genericSegs(segs[:g.target]), "/")
			if get := byShape["GET "+tsh]; get != nil && !get.respArray {
				g.targetSchema = get.respSchema
			} else {
				g.target = 0
			}
		}
		out[op.id] = g
	}
	return out, byShape
}

func genericSegs(segs []string) []string {
	out := slices.Clone(segs)
	for i, s := range out {
		if isWildcard(s) {
			out[i] = "{}"
		}
	}
	return out
}

// genItem is a resource of the generic store.
type genItem struct {
	id  string
	seq uint64
	obj map[string]any
}

// store is the generic store's data. Keys are concrete paths, /api/v1/idps/0oa1/keys, built from unescaped
// segments.
type store struct {
	colls   map[string][]*genItem     // collection path → items in creation order
	items   map[string]*genItem       // item path → item
	singles map[string]map[string]any // singleton path → object
}

func newStore() *store {
	return &store{colls: map[string][]*genItem{}, items: map[string]*genItem{}, singles: map[string]map[string]any{}}
}

// purge deletes everything stored at or below p.
func (st *store) purge(p string) {
	below := p + "/"
	for k := range st.colls {
		if k == p || strings.HasPrefix(k, below) {
			delete(st.colls, k)
		}
	}
	for k := range st.items {
		if k == p || strings.HasPrefix(k, below) {
			delete(st.items, k)
		}
	}
	for k := range st.singles {
		if k == p || strings.HasPrefix(k, below) {
			delete(st.singles, k)
		}
	}
}

// seeds holds payloads Okta answered for singletons, named <operationId>.json, from the SDK's testdata.
//
//go:embed seeds
var seeds embed.FS

// join makes a store key of path segments.
func join(segs []string) string { return "/" + strings.Join(segs, "/") }

// creatable reports whether clients create the items of the collection shape sh (a POST to it, or a PUT of an
// item); the items of other collections exist on demand.
func creatable(sh string) bool {
	return shapes["POST "+sh] != nil || shapes["PUT "+sh+"/{}"] != nil
}

// exists reports whether the resource at segs (whose last segment is an ID) exists, making it when it exists on
// demand. Resources of the hand-written handlers are looked up there.
func (s *Server) exists(p pattern, segs []string, now time.Time) bool {
	sh := join(genericSegs(p.segs[:len(segs)]))
	id := segs[len(segs)-1]
	switch sh {
	case "/api/v1/users/{}":
		return s.findUser(id) != nil
	case "/api/v1/groups/{}":
		return s.groupsByID[id] != nil
	case "/api/v1/apps/{}":
		return s.appsByID[id] != nil
	case "/api/v1/policies/{}":
		return s.policyByID[id] != nil
	case "/api/v1/policies/{}/rules/{}":
		if p := s.policyByID[segs[3]]; p != nil {
			return slices.ContainsFunc(p.rules, func(r *policyRule) bool { return r.id == id })
		}
		return false
	}
	if s.store.items[join(segs)] != nil {
		return true
	}
	if creatable(strings.TrimSuffix(sh, "/{}")) {
		return false
	}
	s.putItem(segs[:len(segs)-1], id, map[string]any{"id": id}, now, false)
	return true
}

// canonical rewrites the user segment of a path under /api/v1/users to the user's ID, since clients may name a
// user by login.
func (s *Server) canonical(segs []string) []string {
	if len(segs) > 3 && segs[0] == "api" && segs[1] == "v1" && segs[2] == "users" {
		if u := s.findUser(segs[3]); u != nil && u.id != segs[3] {
			segs = slices.Clone(segs)
			segs[3] = u.id
		}
	}
	return segs
}

// byLabel rewrites the segments of parameters that name a resource by ID or label ({roleIdOrLabel}) to the ID
// of the resource whose label (or name) it is.
func (s *Server) byLabel(p pattern, segs []string) []string {
	for i, ps := range p.segs {
		if i >= len(segs) || !isWildcard(ps) || !strings.Contains(ps, "OrLabel") {
			continue
		}
		if s.store.items[join(segs[:i+1])] != nil {
			continue
		}
		// Bindings are named by their role, so a binding's label is its role's.
		for _, coll := range []string{join(segs[:i]), "/api/v1/iam/roles"} {
			j := slices.IndexFunc(s.store.colls[coll], func(it *genItem) bool {
				return str(it.obj, "label") == segs[i] || str(it.obj, "name") == segs[i]
			})
			if j >= 0 {
				segs = slices.Clone(segs)
				segs[i] = s.store.colls[coll][j].id
				break
			}
		}
	}
	return segs
}

// checkParents answers E0000007 unless every ID among the first n segments of segs (the wildcards of the
// operation's pattern p) names a resource that exists.
func (s *Server) checkParents(p pattern, segs []string, n int, now time.Time) *apiError {
	for i := 0; i < n && i < len(segs) && i < len(p.segs); i++ {
		if !isWildcard(p.segs[i]) {
			continue
		}
		if !s.exists(p, segs[:i+1], now) {
			return errNotFound(segs[i], kindOf(segs[:i]))
		}
	}
	return nil
}

// kindOf names the kind of resource a collection path holds, for error messages: its last segment, singular.
func kindOf(coll []string) string {
	if len(coll) == 0 {
		return "Resource"
	}
	k := coll[len(coll)-1]
	k = strings.TrimSuffix(k, "s")
	if k == "" {
		return "Resource"
	}
	return strings.ToUpper(k[:1]) + k[1:]
}

// hasStatus reports whether the resources of the collection shape sh have a status: whether a lifecycle action
// applies to them.
func hasStatus(sh string) bool {
	for verb := range lifecycleStatus {
		if shapes["POST "+sh+"/{}/lifecycle/"+verb] != nil || shapes["POST "+sh+"/{}/"+verb] != nil {
			return true
		}
	}
	return false
}

// putItem stores obj as the item id of the collection coll, with the server's fields.
func (s *Server) putItem(coll []string, id string, obj map[string]any, now time.Time, active bool) *genItem {
	sh := s.shapeOfPath(coll)
	if id == "" {
		prefix := idPrefixes[coll[len(coll)-1]]
		if prefix == "" {
			prefix = "0oz"
		}
		id, _ = s.newID(prefix)
	} else if _, ok := s.cursors[id]; !ok {
		s.claimID(id)
	}
	obj["id"] = id
	ts := oktaTime(now)
	if _, ok := obj["created"]; !ok {
		obj["created"] = ts
	}
	obj["lastUpdated"] = ts
	if _, ok := obj["status"]; !ok && hasStatus(sh) {
		switch {
		case coll[len(coll)-1] == "factors":
			obj["status"] = "PENDING_ACTIVATION"
		case active:
			obj["status"] = "ACTIVE"
		default:
			obj["status"] = "INACTIVE"
		}
	}
	key := join(append(slices.Clone(coll), id))
	it := &genItem{id: id, seq: s.cursors[id], obj: obj}
	ck := join(coll)
	if old := s.store.items[key]; old != nil {
		it.seq = old.seq
		i := slices.Index(s.store.colls[ck], old)
		s.store.colls[ck][i] = it
	} else {
		s.store.colls[ck] = append(s.store.colls[ck], it)
	}
	s.store.items[key] = it
	return it
}

// shapeOfPath finds the shape of a concrete path by the operations that match it.
func (s *Server) shapeOfPath(segs []string) string {
	if op := resolveAny(segs); op != nil {
		return join(genericSegs(op.path.segs[:len(segs)]))
	}
	return join(segs)
}

// itemOut renders an item with its self link.
func (s *Server) itemOut(key string, obj map[string]any) map[string]any {
	out := cloneMap(obj)
	links, _ := out["_links"].(map[string]any)
	links = cloneMap(links)
	if _, ok := links["self"]; !ok {
		links["self"] = map[string]any{"href": s.URL + escapePath(key)}
	}
	out["_links"] = links
	return out
}

func escapePath(key string) string {
	segs := strings.Split(strings.TrimPrefix(key, "/"), "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return "/" + strings.Join(segs, "/")
}

// readObject decodes the request body as a JSON object. A body that is not JSON (an upload) or not an object
// reads as an empty object; malformed JSON is E0000003.
func readObject(c *call) (map[string]any, *apiError) {
	ct := c.r.Header.Get("Content-Type")
	if ct != "" && !strings.Contains(ct, "json") {
		return map[string]any{}, nil
	}
	var v any
	if err := decodeBody(c.r, &v); err != nil {
		return nil, err
	}
	m, ok := v.(map[string]any)
	if !ok {
		m = map[string]any{}
	}
	return m, nil
}

// mergeObjects merges patch into base: objects merge member by member, anything else replaces.
func mergeObjects(base, patch map[string]any) map[string]any {
	out := cloneMap(base)
	for k, v := range patch {
		if pm, ok := v.(map[string]any); ok {
			if bm, ok := out[k].(map[string]any); ok {
				out[k] = mergeObjects(bm, pm)
				continue
			}
		}
		out[k] = v
	}
	return out
}

// storedServerFields are the members of a stored resource that a client does not change.
var storedServerFields = []string{"id", "created", "lastUpdated", "_links"}

// serveGeneric answers op from the generic store. Callers hold s.mu.
func (s *Server) serveGeneric(c *call, op *operation) (int, any, *apiError) {
	g := genOps[op.id]
	segs := s.byLabel(op.path, s.canonical(splitPath(c.r.URL.EscapedPath())))
	key := join(segs)
	now := c.now
	// An item's own ID is checked by its operation (a PUT may create it); every other ID must exist.
	parents := len(segs)
	if g.kind == genGet || g.kind == genReplace || g.kind == genUpdate || g.kind == genDelete {
		parents--
	}
	if err := s.checkParents(op.path, segs, parents, now); err != nil {
		return 0, nil, err
	}
	if h := hooks[op.id]; h != nil {
		return h(s, c, segs)
	}
	switch g.kind {
	case genList:
		return s.genList(c, op, key)
	case genCreate:
		body, err := readObject(c)
		if err != nil {
			return 0, nil, err
		}
		id, _ := body["id"].(string)
		if id != "" && s.store.items[key+"/"+id] != nil {
			id = ""
		}
		it := s.putItem(segs, id, body, now, c.query("activate") != "false")
		return s.answer(op, s.itemOut(key+"/"+it.id, it.obj))
	case genClear:
		for _, it := range s.store.colls[key] {
			s.store.purge(key + "/" + it.id)
		}
		delete(s.store.colls, key)
		return op.status, nil, nil
	case genGet, genReplace, genUpdate, genDelete:
		it := s.store.items[key]
		coll := segs[:len(segs)-1]
		if it == nil {
			upsert := g.kind == genReplace || (g.kind == genUpdate && shapes["POST "+join(genericSegs(op.path.segs[:len(coll)]))] == nil)
			if !upsert && !(g.kind == genGet && s.exists(op.path, segs, now)) {
				return 0, nil, errNotFound(segs[len(segs)-1], kindOf(coll))
			}
			it = s.store.items[key]
		}
		switch g.kind {
		case genGet:
			return s.answer(op, s.itemOut(key, it.obj))
		case genDelete:
			ck := join(coll)
			s.store.colls[ck] = slices.DeleteFunc(s.store.colls[ck], func(v *genItem) bool { return v == it })
			s.store.purge(key)
			return op.status, nil, nil
		}
		body, err := readObject(c)
		if err != nil {
			return 0, nil, err
		}
		var obj map[string]any
		switch {
		case it == nil:
			obj = body
		case g.kind == genReplace:
			obj = body
			for _, f := range append(storedServerFields, "status") {
				if v, ok := it.obj[f]; ok {
					obj[f] = v
				}
			}
		default:
			obj = mergeObjects(it.obj, body)
			for _, f := range storedServerFields {
				if v, ok := it.obj[f]; ok {
					obj[f] = v
				}
			}
		}
		it = s.putItem(coll, segs[len(segs)-1], obj, now, true)
		return s.answer(op, s.itemOut(key, it.obj))
	case genSingleGet:
		return s.answer(op, s.single(key, op.path.segs, now))
	case genSingleReplace, genSingleUpdate:
		body, err := readObject(c)
		if err != nil {
			return 0, nil, err
		}
		obj := body
		if g.kind == genSingleUpdate {
			obj = mergeObjects(s.single(key, op.path.segs, now), body)
		}
		obj["lastUpdated"] = oktaTime(now)
		s.store.singles[key] = obj
		return s.answer(op, cloneMap(obj))
	case genSingleDelete:
		delete(s.store.singles, key)
		return op.status, nil, nil
	case genLifecycle:
		target := segs[:g.target]
		tk := join(target)
		if it := s.store.items[tk]; it != nil {
			obj := cloneMap(it.obj)
			obj["status"] = g.status
			it = s.putItem(target[:len(target)-1], it.id, obj, now, true)
			return s.answer(op, s.itemOut(tk, it.obj))
		}
		if shapes["GET "+join(genericSegs(op.path.segs[:g.target]))] != nil && !isWildcard(op.path.segs[g.target-1]) {
			obj := s.single(tk, op.path.segs[:g.target], now)
			obj["status"] = g.status
			s.store.singles[tk] = obj
			return s.answer(op, cloneMap(obj))
		}
		return s.answer(op, map[string]any{})
	}
	// An action: answer the resource it acts on when the response is that resource.
	if g.target > 0 && g.targetSchema == op.respSchema {
		target := segs[:g.target]
		tk := join(target)
		if it := s.store.items[tk]; it != nil {
			return s.answer(op, s.itemOut(tk, it.obj))
		}
		if _, ok := s.store.singles[tk]; ok || !isWildcard(op.path.segs[g.target-1]) {
			return s.answer(op, s.single(tk, op.path.segs[:g.target], now))
		}
	}
	if _, err := readObject(c); err != nil {
		return 0, nil, err
	}
	return s.answer(op, map[string]any{})
}

// single returns a copy of the singleton at key (whose pattern segments are segs), seeded from what Okta
// answered to its GET where that was recorded.
func (s *Server) single(key string, segs []string, _ time.Time) map[string]any {
	if obj, ok := s.store.singles[key]; ok {
		return cloneMap(obj)
	}
	obj := map[string]any{}
	if get := shapes["GET "+join(genericSegs(segs))]; get != nil {
		if data, err := seeds.ReadFile(path.Join("seeds", get.id+".json")); err == nil {
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.UseNumber()
			var v map[string]any
			if dec.Decode(&v) == nil && v != nil {
				obj = v
			}
		}
	}
	s.store.singles[key] = obj
	return cloneMap(obj)
}

// answer writes the result of an operation the way its table entry says: no body when it has no response
// schema, an array when it answers one, the object otherwise.
func (s *Server) answer(op *operation, obj map[string]any) (int, any, *apiError) {
	switch {
	case op.status == http.StatusNoContent || (op.respSchema == "" && op.contentType == ""):
		return op.status, nil, nil
	case op.contentType != "" && !strings.Contains(op.contentType, "json"):
		return op.status, rawBody{contentType: op.contentType, data: []byte(minimalDocument(op.contentType))}, nil
	case op.respArray:
		return op.status, []any{obj}, nil
	case envelopes[op.respSchema] != "":
		return op.status, map[string]any{envelopes[op.respSchema]: []any{obj}}, nil // getEmailServer answers a list of one
	}
	return op.status, obj, nil
}

// rawBody is an answer that is not JSON.
type rawBody struct {
	contentType string
	data        []byte
}

func minimalDocument(contentType string) string {
	if strings.Contains(contentType, "xml") {
		return `<?xml version="1.0" encoding="UTF-8"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="oktatest"/>`
	}
	return ""
}

// genList answers a list of the collection at key, paged with limit and after, filtered by q (a prefix of any
// string member, or of one in profile) when the request has one.
func (s *Server) genList(c *call, op *operation, key string) (int, any, *apiError) {
	items := s.store.colls[key]
	if q := c.query("q"); q != "" {
		items = filterItems(items, func(it *genItem) bool { return matchesQ(it.obj, q) })
	}
	if f := c.query("filter"); f != "" {
		if e, err := parseExpr(f, rules{}); err == nil {
			items = filterItems(items, func(it *genItem) bool { return e.eval(objGetter(it.obj)) })
		}
	}
	page, err := paginate(s, c, items, listing[*genItem]{
		key:      func(it *genItem) (string, uint64) { return it.id, it.seq },
		defLimit: 200, maxLimit: 200,
	})
	if err != nil {
		return 0, nil, err
	}
	out := make([]any, 0, len(page))
	for _, it := range page {
		out = append(out, s.itemOut(key+"/"+it.id, it.obj))
	}
	if op.respArray || op.respSchema == "" {
		return op.status, out, nil
	}
	env := map[string]any{"_links": map[string]any{"self": map[string]any{"href": s.URL + c.r.URL.RequestURI()}}}
	for _, l := range c.w.Header().Values("Link") {
		if strings.HasSuffix(l, `rel="next"`) {
			href := strings.TrimSuffix(strings.TrimPrefix(l, "<"), `>; rel="next"`)
			env["_links"].(map[string]any)["next"] = map[string]any{"href": href}
		}
	}
	member := envelopes[op.respSchema]
	if member == "" {
		member = "items"
	}
	env[member] = out
	return op.status, env, nil
}

// matchesQ reports whether a string member of obj, or of its profile, starts with q, ignoring case.
func matchesQ(obj map[string]any, q string) bool {
	for _, m := range []map[string]any{obj, asObject(obj["profile"])} {
		for _, v := range m {
			if s, ok := v.(string); ok && hasPrefixFold(s, q) {
				return true
			}
		}
	}
	return false
}

func asObject(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// objGetter reads dotted attributes (profile.name) of a JSON object for filter expressions.
func objGetter(obj map[string]any) getter {
	return func(attr string) (any, bool) {
		var v any = obj
		for part := range strings.SplitSeq(attr, ".") {
			m, ok := v.(map[string]any)
			if !ok {
				return nil, false
			}
			if v, ok = m[part]; !ok {
				return nil, false
			}
		}
		if t, ok := v.(oktaTime); ok {
			return time.Time(t), true
		}
		return v, true
	}
}

// scopeFamily names the OAuth scope family that guards a path answered by the generic store: okta.<first segment
// after the API version>, such as okta.authorizationServers or okta.idps.
func scopeFamily(op *operation) string {
	segs := op.path.segs
	for i, s := range segs {
		if (s == "v1" || s == "api") && i+1 < len(segs) && segs[i+1] != "v1" && !isWildcard(segs[i+1]) {
			return "okta." + segs[i+1]
		}
	}
	return ""
}

// hook is hand-written behaviour on top of the generic store for one operation: it answers in its place, with
// the request's path segments, once the path's parents are known to exist.
type hook func(s *Server, c *call, segs []string) (int, any, *apiError)

// hooks are the operations whose Okta behaviour the generic store alone does not give.
var hooks = map[string]hook{}

// resolveAny finds the most specific operation, of any method, whose pattern matches segs.
func resolveAny(segs []string) *operation {
	var best *operation
	for i := range operations {
		op := &operations[i]
		if _, ok := op.path.match(segs); ok && (best == nil || op.path.moreSpecific(best.path)) {
			best = op
		}
	}
	return best
}
