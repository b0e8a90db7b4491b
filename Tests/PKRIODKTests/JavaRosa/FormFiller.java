// Fills an ODK form with JavaRosa, ODK Collect's engine, as Collect would:
// load the form, step through it with FormEntryController, answer each
// question that is reached (that is, relevant) from an answer set, then
// finalize and serialize the instance. Compiled during the test run with
// `javac -cp ODK_Validate.jar` (pyxform ships the jar with JavaRosa inside).
//
// Usage: java -cp ODK_Validate.jar:DIR FormFiller FORM.xml JOBS
//
// JOBS holds answer sets, one after another:
//   job NAME
//   set FIELD VALUE      (FIELD is the node's name; a multiple answer is
//                         its values separated by spaces)
//   pin PATH VALUE       (replace what the form filled itself, for fixed
//                         samples: /data/pkri/start|end take an ISO time,
//                         /data/meta/instanceID a uuid:…)
//   eval LABEL XPATH     (evaluated on the finished instance)
//   out FILE             (write the instance there)
//   end
// For each it prints:
//   job NAME
//   relevant FIELD       (each question reached, in order)
//   answer FIELD ok|constraint|required|invalid
//   eval LABEL VALUE
//   done
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import org.javarosa.core.model.*;
import org.javarosa.core.model.condition.EvaluationContext;
import org.javarosa.core.model.data.*;
import org.javarosa.core.model.data.helper.Selection;
import org.javarosa.core.model.instance.*;
import org.javarosa.core.model.utils.DateUtils;
import org.javarosa.form.api.*;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.javarosa.xform.util.XFormUtils;
import org.javarosa.xpath.XPathParseTool;
import org.javarosa.xpath.expr.XPathExpression;
import org.javarosa.xpath.expr.XPathFuncExpr;

public class FormFiller {
    static final class Job {
        String name;
        final Map<String, String> answers = new LinkedHashMap<>();
        final Map<String, String> pins = new LinkedHashMap<>();
        final List<String[]> evals = new ArrayList<>();
        String out;
    }

    public static void main(String[] args) throws Exception {
        byte[] form = Files.readAllBytes(Paths.get(args[0]));
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        for (Job job : readJobs(Paths.get(args[1]))) {
            stdout.println("job " + job.name);
            fill(form, job, stdout);
            stdout.println("done");
        }
    }

    static List<Job> readJobs(Path path) throws IOException {
        List<Job> jobs = new ArrayList<>();
        Job job = null;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            String[] p = line.split(" ", 3);
            switch (p[0]) {
                case "job": job = new Job(); job.name = p[1]; break;
                case "set": job.answers.put(p[1], p.length > 2 ? p[2] : ""); break;
                case "pin": job.pins.put(p[1], p[2]); break;
                case "eval": job.evals.add(new String[] {p[1], p[2]}); break;
                case "out": job.out = p[1]; break;
                case "end": jobs.add(job); job = null; break;
                default: if (!line.isEmpty()) throw new IllegalArgumentException("bad job line: " + line);
            }
        }
        return jobs;
    }

    static void fill(byte[] form, Job job, PrintStream out) throws Exception {
        FormDef def = XFormUtils.getFormFromInputStream(new ByteArrayInputStream(form));
        def.initialize(true, new InstanceInitializationFactory());
        FormEntryModel model = new FormEntryModel(def);
        FormEntryController controller = new FormEntryController(model);
        int event;
        while ((event = controller.stepToNextEvent()) != FormEntryController.EVENT_END_OF_FORM) {
            if (event != FormEntryController.EVENT_QUESTION) continue;
            FormEntryPrompt prompt = model.getQuestionPrompt();
            String field = prompt.getIndex().getReference().getNameLast();
            out.println("relevant " + field);
            String value = job.answers.get(field);
            if (value == null) continue;
            IAnswerData data = answer(prompt, value);
            if (data == null) {
                out.println("answer " + field + " invalid");
                continue;
            }
            int outcome = controller.answerQuestion(prompt.getIndex(), data, true);
            out.println("answer " + field + " " + (outcome == FormEntryController.ANSWER_OK ? "ok"
                : outcome == FormEntryController.ANSWER_CONSTRAINT_VIOLATED ? "constraint"
                : outcome == FormEntryController.ANSWER_REQUIRED_BUT_EMPTY ? "required" : "outcome-" + outcome));
        }
        def.postProcessInstance();
        for (Map.Entry<String, String> pin : job.pins.entrySet()) {
            TreeElement node = def.getMainInstance().resolveReference(reference(pin.getKey()));
            node.setAnswer(node.getDataType() == Constants.DATATYPE_DATE_TIME
                ? new DateTimeData(DateUtils.parseDateTime(pin.getValue())) : new StringData(pin.getValue()));
        }
        for (String[] e : job.evals) {
            XPathExpression x = XPathParseTool.parseXPath(e[1]);
            Object v = x.eval(def.getMainInstance(), new EvaluationContext(def.getEvaluationContext(), TreeReference.rootRef()));
            out.println("eval " + e[0] + " " + XPathFuncExpr.toString(XPathFuncExpr.unpack(v)));
        }
        if (job.out != null) {
            byte[] instance = new XFormSerializingVisitor().serializeInstance(def.getInstance());
            Files.write(Paths.get(job.out), instance);
        }
    }

    static TreeReference reference(String path) throws Exception {
        return ((org.javarosa.xpath.expr.XPathPathExpr) XPathParseTool.parseXPath(path)).getReference();
    }

    /// The answer Collect's widget for this question would give, or null
    /// when the value does not fit the question.
    static IAnswerData answer(FormEntryPrompt prompt, String value) {
        try {
            switch (prompt.getDataType()) {
                case Constants.DATATYPE_CHOICE: {
                    SelectChoice c = choice(prompt, value);
                    return c == null ? null : new SelectOneData(c.selection());
                }
                case Constants.DATATYPE_CHOICE_LIST: {
                    List<Selection> chosen = new ArrayList<>();
                    for (String v : value.split(" ")) {
                        SelectChoice c = choice(prompt, v);
                        if (c == null) return null;
                        chosen.add(c.selection());
                    }
                    return new SelectMultiData(chosen);
                }
                case Constants.DATATYPE_INTEGER: return new IntegerData(Integer.parseInt(value));
                case Constants.DATATYPE_DECIMAL: return new DecimalData(Double.parseDouble(value));
                case Constants.DATATYPE_DATE: {
                    Date d = DateUtils.parseDate(value);
                    return d == null ? null : new DateData(d);
                }
                default: return new StringData(value);   // text, and an upload's file name
            }
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static SelectChoice choice(FormEntryPrompt prompt, String value) {
        for (SelectChoice c : prompt.getSelectChoices()) {
            if (c.getValue().equals(value)) return c;
        }
        return null;
    }
}
