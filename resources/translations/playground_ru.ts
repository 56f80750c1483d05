<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
  <context>
    <name>NNPlayground</name>
    <message>
      <source> · old design</source>
      <translation> · старая схема</translation>
    </message>
    <message>
      <source> · step {step} (history)</source>
      <translation> · шаг {step} (история)</translation>
    </message>
    <message>
      <source>&amp;About NN Playground</source>
      <translation>&amp;О программе NN Playground</translation>
    </message>
    <message>
      <source>&amp;Auto</source>
      <translation>&amp;Авто</translation>
    </message>
    <message>
      <source>&amp;CPU</source>
      <translation>&amp;CPU (процессор)</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <source>&amp;Device</source>
      <translation>&amp;Устройство</translation>
    </message>
    <message>
      <source>&amp;Duplicate</source>
      <translation>&amp;Дублировать</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Экспорт</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Fit to Window</source>
      <translation>&amp;Вписать в окно</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts…</source>
      <translation>&amp;Горячие клавиши…</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>&amp;Lessons…</source>
      <translation>&amp;Уроки…</translation>
    </message>
    <message>
      <source>&amp;MPS (Apple GPU)</source>
      <translation>&amp;MPS (GPU Apple)</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Новый</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Открыть…</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Вставить</translation>
    </message>
    <message>
      <source>&amp;Plots</source>
      <translation>&amp;Графики</translation>
    </message>
    <message>
      <source>&amp;Presentation Mode</source>
      <translation>&amp;Режим презентации</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <source>&amp;Recent</source>
      <translation>&amp;Недавние</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сохранить</translation>
    </message>
    <message>
      <source>&amp;Stop Comparing</source>
      <translation>&amp;Прекратить сравнение</translation>
    </message>
    <message>
      <source>&amp;Training</source>
      <translation>&amp;Обучение</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>'Gates over time' shows the peephole LSTM (the design in the editor): in a few units the input gate jumps from about 0.05 to 0.8 exactly at the two marked steps, and the cell state steps there. In the loss comparison both curves leave the plateau of 0.167 (always answering the mean sum) at about the same step.</source>
      <translation>Панель «Вентили во времени» показывает LSTM с «замочными скважинами» (схему в редакторе): у нескольких нейронов входной вентиль подскакивает примерно с 0.05 до 0.8 ровно на двух отмеченных шагах, и состояние ячейки там меняется скачком. На сравнении потерь обе кривые покидают плато 0.167 (ответ — всегда средняя сумма) примерно на одном и том же шаге.</translation>
    </message>
    <message>
      <source>'RBM weights': each tile is one hidden unit's weights over the 8×8 pixels; from noise they turn into stroke and blob detectors. 'RBM reconstructions': the reconstructions of test digits after one Gibbs step go from grey smudges to recognisable digits. 'RBM training': the reconstruction error falls from about 0.18 to about 0.03 and the training and test curves stay together.</source>
      <translation>«Веса RBM»: каждая плитка — веса одного скрытого нейрона по пикселям 8×8; из шума они превращаются в детекторы штрихов и пятен. «Реконструкции RBM»: реконструкции тестовых цифр после одного шага Гиббса превращаются из серых клякс в узнаваемые цифры. «Обучение RBM»: ошибка реконструкции падает примерно с 0.18 до 0.03, а кривые обучения и теста идут вместе.</translation>
    </message>
    <message>
      <source>'{name}' already has {old} neurons; a Dense layer has at least {bound}.</source>
      <translation>'{name}' имеет нейронов: {old}; слой Dense имеет не менее {bound}.</translation>
    </message>
    <message>
      <source>'{name}' already has {old} neurons; a Dense layer has at most {bound}.</source>
      <translation>'{name}' имеет нейронов: {old}; слой Dense имеет не более {bound}.</translation>
    </message>
    <message>
      <source>'{name}' is a {kind} layer; only Dense layers have neurons to add or remove.</source>
      <translation>'{name}' — слой типа {kind}; добавлять и удалять нейроны можно только в слоях Dense.</translation>
    </message>
    <message>
      <source>'{src}' is already connected to '{dst}'</source>
      <translation>'{src}' уже соединён с '{dst}'</translation>
    </message>
    <message>
      <source>+ layer</source>
      <translation>+ слой</translation>
    </message>
    <message>
      <source>1 input</source>
      <translation>1 вход</translation>
    </message>
    <message>
      <source>1 keeps the cell's memory, 0 wipes it</source>
      <translation>1 сохраняет память ячейки, 0 стирает её</translation>
    </message>
    <message>
      <source>1 unit</source>
      <translation>1 нейрон</translation>
    </message>
    <message>
      <source>1 value</source>
      <translation>1 значение</translation>
    </message>
    <message>
      <source>1797 small handwritten digits, 8×8 pixels: trains in seconds on any laptop.</source>
      <translation>1797 маленьких рукописных цифр, 8×8 пикселей: обучается за секунды на любом ноутбуке.</translation>
    </message>
    <message>
      <source>2D points (x₁, x₂)</source>
      <translation>Точки на плоскости (x₁, x₂)</translation>
    </message>
    <message>
      <source>5000 handwritten digits, 28×28 grey pixels, 500 of each class (a subset of MNIST).</source>
      <translation>5000 рукописных цифр, 28×28 серых пикселей, по 500 каждого класса (подмножество MNIST).</translation>
    </message>
    <message>
      <source>&lt;b&gt;Expected outcome:&lt;/b&gt; {text}</source>
      <translation>&lt;b&gt;Ожидаемый результат:&lt;/b&gt; {text}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Watch for:&lt;/b&gt; {text}</source>
      <translation>&lt;b&gt;Обратите внимание:&lt;/b&gt; {text}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Weights of {name}&lt;/b&gt; ({count}): mean |w| {mean}, max |w| {max}, {positive} of |w| positive.&lt;br&gt;Thickness: mean |w|; colour: blue positive, orange negative.</source>
      <translation>&lt;b&gt;Веса {name}&lt;/b&gt; ({count}): среднее |w| {mean}, макс. |w| {max}, положительных весов: {positive}.&lt;br&gt;Толщина: среднее |w|; цвет: синий — положительные, оранжевый — отрицательные.</translation>
    </message>
    <message>
      <source>A .safetensors file of pretrained weights, keyed '&lt;layer id&gt;.&lt;parameter&gt;' (e.g. 'conv1.weight'): layers with matching ids start from them instead of random values. A relative path is looked up in the app's resources folder. Empty: random start.</source>
      <translation>Файл .safetensors с предобученными весами с ключами '&lt;id слоя&gt;.&lt;параметр&gt;' (напр. 'conv1.weight'): слои с совпадающими id стартуют с них вместо случайных значений. Относительный путь ищется в папке ресурсов программы. Пусто: случайный старт.</translation>
    </message>
    <message>
      <source>A 5×5 grid of small gaussian blobs.</source>
      <translation>Сетка 5×5 из маленьких гауссовых пятен.</translation>
    </message>
    <message>
      <source>A GAN learns a ring of blobs</source>
      <translation>GAN изучает кольцо пятен</translation>
    </message>
    <message>
      <source>A GAN learns a ring of eight gaussian blobs: the generator (top row) turns 2 random numbers into a point, the discriminator (bottom row) tells real points from fakes. With the usual GAN recipe, Adam with a small learning rate (0.005) and momentum β1 = 0.5, the fakes spread over all eight blobs in about 800 steps: watch the energy distance fall and D's verdict on real and fake samples settle near 0.5.</source>
      <translation>GAN изучает кольцо из восьми гауссовых облаков: генератор (верхний ряд) превращает 2 случайных числа в точку, дискриминатор (нижний ряд) отличает настоящие точки от подделок. С обычным для GAN рецептом — Adam с малой скоростью обучения (0.005) и импульсом β1 = 0.5 — подделки распределяются по всем восьми облакам примерно за 800 шагов: следите, как падает энергетическое расстояние, а вердикт D о настоящих и поддельных образцах устанавливается около 0.5.</translation>
    </message>
    <message>
      <source>A GRU forecasts a wave</source>
      <translation>GRU прогнозирует волну</translation>
    </message>
    <message>
      <source>A GRU reads a sum of two sine waves and predicts the next value at every step (many-to-many). Early steps are guesses; after a few steps it has seen enough of the wave to forecast it. Compare target and prediction in 'Prediction vs target'.</source>
      <translation>GRU читает сумму двух синусоид и предсказывает следующее значение на каждом шаге («многие ко многим»). Первые шаги — догадки; через несколько шагов сеть видит достаточно волны, чтобы её прогнозировать. Сравните цель и прогноз на панели «Прогноз и цель».</translation>
    </message>
    <message>
      <source>A McCulloch–Pitts neuron (1943) with two binary inputs and hand-set weights: it fires when the weighted sum of its inputs reaches the threshold θ. Weights 1, 1 with θ = 2 compute AND; lower θ to 1 and the same neuron computes OR.</source>
      <translation>Нейрон Мак-Каллока — Питтса (1943) с двумя бинарными входами и весами, заданными вручную: он срабатывает, когда взвешенная сумма входов достигает порога θ. Веса 1, 1 при θ = 2 вычисляют AND; уменьшите θ до 1 — и тот же нейрон вычисляет OR.</translation>
    </message>
    <message>
      <source>A McCulloch–Pitts neuron with one inhibitory input: weight -1 and θ = 0 make it fire only while the input is silent, so it computes NOT.</source>
      <translation>Нейрон Мак-Каллока — Питтса с одним тормозящим входом: вес -1 и θ = 0 заставляют его срабатывать, только пока вход молчит, поэтому он вычисляет NOT.</translation>
    </message>
    <message>
      <source>A ReLU RNN whose recurrent weights start with gain 2: backprop through 30 steps multiplies the gradient by up to 2 per step, so the first gradients are enormous. Gradient clipping (norm 1) tames them and the net learns to forecast the wave. Set 'Gradient clipping' to 0 and reset: the weights blow up within a few steps.</source>
      <translation>RNN с ReLU, рекуррентные веса которой стартуют с усилением 2: обратное распространение через 30 шагов умножает градиент до 2 раз на каждом шаге, поэтому первые градиенты огромны. Обрезка градиентов (норма 1) укрощает их, и сеть учится прогнозировать волну. Задайте «Обрезка градиентов» 0 и сбросьте: веса взрываются за несколько шагов.</translation>
    </message>
    <message>
      <source>A character-level LSTM on nursery rhymes: at every step it predicts the next character. The 'Generated text' panel lets it write its own rhyme as it trains: letters, then words, then lines. Low temperature plays it safe, high temperature invents. The test text is rhymes it never read: with only 4 KB to learn from, its test loss soon rises while the training loss falls (it learns the rhymes by heart).</source>
      <translation>Посимвольная LSTM на детских стишках: на каждом шаге она предсказывает следующий символ. Панель «Сгенерированный текст» позволяет ей сочинять собственный стишок прямо во время обучения: сначала буквы, потом слова, потом строки. Низкая температура играет осторожно, высокая — выдумывает. Тестовый текст — стишки, которых сеть никогда не видела: имея для обучения всего 4 КБ, она вскоре показывает рост потерь на тесте, хотя потери на обучении падают (сеть заучивает стишки наизусть).</translation>
    </message>
    <message>
      <source>A character-level LSTM writes rhymes</source>
      <translation>Посимвольная LSTM пишет стишки</translation>
    </message>
    <message>
      <source>A convolutional layer slides small filters over the image: the same 5×5 weights look at every position, so the layer finds a stroke wherever it is and needs few weights. ReLU keeps the positive responses, max pooling keeps the strongest response in each 2×2 window and halves the size. Two such blocks turn 28×28 pixels into a small stack of feature maps, and one dense layer reads the digit from them.</source>
      <translation>Свёрточный слой скользит маленькими фильтрами по изображению: одни и те же веса 5×5 смотрят на каждую позицию, поэтому слой находит штрих, где бы тот ни был, и требует мало весов. ReLU оставляет положительные отклики, max-пулинг оставляет самый сильный отклик в каждом окне 2×2 и вдвое уменьшает размер. Два таких блока превращают 28×28 пикселей в небольшой стек карт признаков, и один полносвязный слой распознаёт по ним цифру.</translation>
    </message>
    <message>
      <source>A curved, flat-bottomed valley: finding it is easy, following it to the minimum at (1, 1) is hard.</source>
      <translation>Изогнутая долина с плоским дном: найти её легко, а пройти по ней до минимума в (1, 1) трудно.</translation>
    </message>
    <message>
      <source>A deep belief net: two RBMs pretrained greedily without labels on all 898 training digits, then the whole network fine-tuned by backprop on 10 labelled digits of each class. The variant trains the same network from random weights on those 100 digits.</source>
      <translation>Глубокая сеть доверия: две RBM жадно предобучаются без меток на всех 898 обучающих цифрах, затем вся сеть дообучается обратным распространением ошибки на 10 размеченных цифрах каждого класса. Вариант обучает ту же сеть со случайных весов на этих 100 цифрах.</translation>
    </message>
    <message>
      <source>A deep belief network is trained greedily, one layer at a time. The first RBM learns the pixels of the unlabelled digits by contrastive divergence; then it stays fixed and its hidden probabilities P(h=1|v) become the visible data of the second RBM, which learns them in turn (300 steps each, on all 898 training images, no labels). Only then do the labels come in: a Dense layer goes on top and backprop fine-tunes the whole stack as an ordinary sigmoid network, on only 10 labelled images of each digit. The other variant is the same network trained on those 100 images from random weights, with the same optimizer, for the same 1000 steps (so it gets more labelled steps).</source>
      <translation>Глубокая сеть доверия обучается жадно, по одному слою. Первая RBM изучает пиксели неразмеченных цифр контрастивной дивергенцией; затем она фиксируется, и её скрытые вероятности P(h=1|v) становятся видимыми данными второй RBM, которая, в свою очередь, изучает их (по 300 шагов каждая, на всех 898 обучающих изображениях, без меток). Только после этого появляются метки: сверху добавляется слой Dense, и обратное распространение ошибки дообучает весь стек как обычную сигмоидную сеть всего на 10 размеченных изображениях каждой цифры. Другой вариант — та же сеть, обученная на этих 100 изображениях со случайных весов, с тем же оптимизатором, за те же 1000 шагов (поэтому у неё больше шагов с метками).</translation>
    </message>
    <message>
      <source>A denoising autoencoder</source>
      <translation>Шумоподавляющий автокодировщик</translation>
    </message>
    <message>
      <source>A denoising autoencoder receives a corrupted digit (here with Gaussian noise added) and must rebuild the clean one. It cannot succeed by copying pixels, so it has to learn what digits look like: the strokes that belong together. With a 32-number code it also rebuilds much more detail than the 2-number autoencoder.</source>
      <translation>Шумоподавляющий автокодировщик получает испорченную цифру (здесь — с добавленным гауссовым шумом) и должен восстановить чистую. Просто копируя пиксели, он этого не добьётся, поэтому должен научиться тому, как выглядят цифры: какие штрихи связаны друг с другом. С кодом из 32 чисел он также восстанавливает гораздо больше деталей, чем автокодировщик с кодом из 2 чисел.</translation>
    </message>
    <message>
      <source>A denoising autoencoder: each training digit is fed with Gaussian noise (σ = 0.4) but must be rebuilt clean, so the network learns what digits look like rather than copying pixels. Compare the three rows of the reconstruction panel.</source>
      <translation>Шумоподавляющий автокодировщик: каждая обучающая цифра подаётся с гауссовым шумом (σ = 0.4), но должна быть восстановлена чистой, поэтому сеть учится тому, как выглядят цифры, а не копирует пиксели. Сравните три строки панели реконструкций.</translation>
    </message>
    <message>
      <source>A dense network with about as many weights as the small CNN. It treats the 784 pixels as unrelated numbers: it has no idea that neighbouring pixels belong together, and a stroke shifted by one pixel is new input to it. With the same budget of weights it learns more slowly and ends lower than the CNN, which shares each filter across the whole image.</source>
      <translation>Полносвязная сеть с примерно таким же числом весов, как у маленькой CNN. Она рассматривает 784 пикселя как не связанные между собой числа: не знает, что соседние пиксели связаны, и штрих, сдвинутый на один пиксель, для неё — новый вход. С тем же бюджетом весов она обучается медленнее и заканчивает ниже, чем CNN, которая использует каждый фильтр на всём изображении.</translation>
    </message>
    <message>
      <source>A disc of one class inside a ring of the other.</source>
      <translation>Диск одного класса внутри кольца другого.</translation>
    </message>
    <message>
      <source>A few KB of traditional English nursery rhymes, read as characters: predict the next character at every step, then let the network write its own rhymes.</source>
      <translation>Несколько КБ традиционных английских детских стишков, читаемых посимвольно: предсказывайте следующий символ на каждом шаге, а затем дайте сети написать собственные стишки.</translation>
    </message>
    <message>
      <source>A generative adversarial network is two networks in a game. The generator turns random noise into points; the discriminator learns to tell real points from generated ones, and the generator learns to fool it. When the game is balanced the generated points spread over the real distribution and the discriminator can only guess. The usual recipe keeps it balanced: Adam with a small learning rate and β1 = 0.5.</source>
      <translation>Генеративно-состязательная сеть — это две сети, играющие в игру. Генератор превращает случайный шум в точки; дискриминатор учится отличать настоящие точки от сгенерированных, а генератор — обманывать его. Когда игра сбалансирована, сгенерированные точки распределяются по настоящему распределению, а дискриминатор может лишь угадывать. Обычный рецепт поддерживает баланс: Adam с малой скоростью обучения и β1 = 0.5.</translation>
    </message>
    <message>
      <source>A language model predicts the next character from the ones before it. An embedding turns each character into a vector, the LSTM reads them one by one, and a dense layer at every step scores the 36 possible next characters. Sampling from those scores, one character at a time, lets the network write its own text. With only a few kilobytes of rhymes it soon memorises them: the classic picture of overfitting.</source>
      <translation>Языковая модель предсказывает следующий символ по предыдущим. Вложение (Embedding) превращает каждый символ в вектор, LSTM читает их по одному, а полносвязный слой на каждом шаге оценивает 36 возможных следующих символов. Выбирая по этим оценкам по одному символу, сеть пишет собственный текст. Имея лишь несколько килобайт стишков, она быстро их запоминает: классическая картина переобучения.</translation>
    </message>
    <message>
      <source>A line joins each test point to its reconstruction</source>
      <translation>Линия соединяет каждую тестовую точку с её реконструкцией</translation>
    </message>
    <message>
      <source>A network that learned the digits 0–4 has convolution filters for strokes, edges and curves. Here the digits 5–9 must be learned from only 10 labelled images of each. The first variant starts its two convolution layers from the filters pretrained on 0–4 and freezes them (❄): only the last Dense layer learns, so the few examples only have to choose among features that already exist. The second variant learns the same network from scratch on the same 50 images.</source>
      <translation>Сеть, научившаяся распознавать цифры 0–4, имеет фильтры свёртки для штрихов, краёв и изгибов. Здесь цифры 5–9 нужно выучить всего по 10 размеченным изображениям каждой. Первый вариант начинает свои два свёрточных слоя с фильтров, предобученных на 0–4, и замораживает их (❄): обучается только последний слой Dense, так что немногим примерам остаётся лишь выбрать среди уже существующих признаков. Второй вариант обучает ту же сеть с нуля на тех же 50 изображениях.</translation>
    </message>
    <message>
      <source>A plain RNN forgets</source>
      <translation>Простая RNN забывает</translation>
    </message>
    <message>
      <source>A presentation remote's buttons send PageDown, PageUp and F5: they play, step and pause training.</source>
      <translation>Кнопки пульта для презентаций отправляют PageDown, PageUp и F5: они запускают, выполняют шаг и приостанавливают обучение.</translation>
    </message>
    <message>
      <source>A race of optimizers</source>
      <translation>Гонка оптимизаторов</translation>
    </message>
    <message>
      <source>A readable nn.Module class generated from the design, with its weights saved beside it as a .pt state dict; runs with torch alone.</source>
      <translation>Читаемый класс nn.Module, сгенерированный из схемы, с весами, сохранёнными рядом как state_dict .pt; работает только с torch.</translation>
    </message>
    <message>
      <source>A recurrent network reads a sequence one step at a time and carries a hidden state from step to step. This GRU reads a sum of two sine waves and, at every step, predicts the next value (many-to-many). Its update and reset gates decide how much of the old state to keep, so it can remember the phase and frequency it has seen so far.</source>
      <translation>Рекуррентная сеть читает последовательность шаг за шагом и переносит скрытое состояние от шага к шагу. Эта GRU читает сумму двух синусоид и на каждом шаге предсказывает следующее значение (многие-ко-многим). Её вентили обновления и сброса решают, сколько старого состояния сохранить, поэтому она может помнить уже увиденные фазу и частоту.</translation>
    </message>
    <message>
      <source>A restricted Boltzmann machine has visible units v (the 64 pixels) and hidden units h, joined by weights W and never within a layer. Its energy E(v, h) = −b_v·v − b_h·h − hᵀWv gives every image a probability, and because there are no links inside a layer, P(h=1|v) = σ(Wv + b_h) and P(v=1|h) = σ(Wᵀh + b_v). Contrastive divergence (CD-1) needs no labels: start at a training image, sample the hidden units, reconstruct the image from them, sample again, and move W by ⟨v hᵀ⟩ on the data minus ⟨v hᵀ⟩ on the reconstruction, so the model's own fantasies look more like the data. For the first 600 steps only this runs; then a Dense layer on the hidden probabilities learns the digits with labels.</source>
      <translation>Ограниченная машина Больцмана имеет видимые нейроны v (64 пикселя) и скрытые нейроны h, соединённые весами W; внутри слоя связей нет. Её энергия E(v, h) = −b_v·v − b_h·h − hᵀWv задаёт вероятность каждого изображения, и, поскольку внутри слоя нет связей, P(h=1|v) = σ(Wv + b_h) и P(v=1|h) = σ(Wᵀh + b_v). Контрастивной дивергенции (CD-1) не нужны метки: начните с обучающего изображения, сэмплируйте скрытые нейроны, восстановите по ним изображение, сэмплируйте снова и сдвиньте W на ⟨v hᵀ⟩ на данных минус ⟨v hᵀ⟩ на реконструкции, чтобы собственные фантазии модели больше походили на данные. Первые 600 шагов работает только это; затем слой Dense на скрытых вероятностях учит цифры по меткам.</translation>
    </message>
    <message>
      <source>A restricted Boltzmann machine with 64 hidden units learns the 8×8 digits without labels by contrastive divergence (CD-1) for 600 steps; then a Dense layer on its hidden probabilities learns the labels by backprop.</source>
      <translation>Ограниченная машина Больцмана с 64 скрытыми нейронами 600 шагов изучает цифры 8×8 без меток контрастивной дивергенцией (CD-1); затем слой Dense на её скрытых вероятностях выучивает метки обратным распространением ошибки.</translation>
    </message>
    <message>
      <source>A shallow minimum on the right and a deeper one on the left: momentum can carry an optimizer over the ridge between them.</source>
      <translation>Неглубокий минимум справа и более глубокий слева: импульс (momentum) может перенести оптимизатор через хребет между ними.</translation>
    </message>
    <message>
      <source>A single threshold neuron draws one straight line through the input square, and no line puts 01 and 10 on one side and 00 and 11 on the other: one neuron cannot compute XOR, whatever its weights. A network can. The first layer computes OR (weights 1, 1, θ = 0.5) and NAND (weights -1, -1, θ = -1.5); the output neuron computes AND of the two (weights 1, 1, θ = 1.5): 'at least one, but not both'. Thresholds halfway between whole numbers put each line between the corners of the square, with room on both sides. Change any weight and watch which rows break.</source>
      <translation>Один пороговый нейрон проводит одну прямую через входной квадрат, и никакая прямая не отделяет 01 и 10 от 00 и 11: один нейрон не может вычислить XOR, какими бы ни были его веса. Сеть может. Первый слой вычисляет OR (веса 1, 1, θ = 0.5) и NAND (веса -1, -1, θ = -1.5); выходной нейрон вычисляет AND от них обоих (веса 1, 1, θ = 1.5): «хотя бы один, но не оба». Пороги посередине между целыми числами проводят каждую прямую между углами квадрата с запасом с обеих сторон. Измените любой вес и посмотрите, какие строки сломаются.</translation>
    </message>
    <message>
      <source>A small CNN reads digits</source>
      <translation>Маленькая CNN распознаёт цифры</translation>
    </message>
    <message>
      <source>A small MLP with two hidden layers of 8 tanh units on the moons. The activation curves panel plots each function beside its slope, the factor backpropagation multiplies by at every layer. Change the hidden layers' function in the inspector and press Reset to compare.</source>
      <translation>Маленький MLP с двумя скрытыми слоями по 8 нейронов tanh на лунах. Панель кривых активации рисует каждую функцию рядом с её наклоном — множителем, на который обратное распространение ошибки умножает на каждом слое. Измените функцию скрытых слоёв в инспекторе и нажмите «Сбросить», чтобы сравнить.</translation>
    </message>
    <message>
      <source>A small convolutional network on 5000 handwritten digits: two blocks of convolution, ReLU and max pooling (BatchNorm in the second), then one dense layer. About 11 thousand weights reach about 97–98 % test accuracy in 15 epochs. The first layer starts from faint random 5×5 filters (σ = 0.05): watch them turn into stroke and edge detectors. Training images are shifted by up to 1 pixel (data augmentation).</source>
      <translation>Небольшая свёрточная сеть на 5000 рукописных цифр: два блока из свёртки, ReLU и макс-пулинга (во втором ещё BatchNorm), затем один слой Dense. Около 11 тысяч весов дают примерно 97–98 % точности на тесте за 15 эпох. Первый слой начинает с едва заметных случайных фильтров 5×5 (σ = 0.05): следите, как они превращаются в детекторы штрихов и границ. Обучающие изображения сдвигаются не более чем на 1 пиксель (аугментация данных).</translation>
    </message>
    <message>
      <source>A sparse autoencoder</source>
      <translation>Разреженный автокодировщик</translation>
    </message>
    <message>
      <source>A sparse autoencoder: 64 sigmoid code units, with a KL penalty (β = 3) that pulls each unit's mean activation towards ρ = 0.05, so only a few units answer for each digit.</source>
      <translation>Разреженный автокодировщик: 64 нейрона кода с сигмоидой и штрафом KL (β = 3), который тянет среднюю активацию каждого нейрона к ρ = 0.05, поэтому на каждую цифру отвечают лишь несколько нейронов.</translation>
    </message>
    <message>
      <source>A valley 50 times steeper across than along: plain SGD zig-zags across it and crawls along it.</source>
      <translation>Долина, в 50 раз круче поперёк, чем вдоль: обычный SGD ходит по ней зигзагами поперёк и ползёт вдоль.</translation>
    </message>
    <message>
      <source>AND</source>
      <translation>AND</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>О программе {app}</translation>
    </message>
    <message>
      <source>Accuracy stays near 25%, guessing among the 4 symbols, for hundreds of steps.</source>
      <translation>Точность сотни шагов держится около 25% — угадывание среди 4 символов.</translation>
    </message>
    <message>
      <source>Accuracy stays near chance (roughly 40–60%) and never settles, however long it trains.</source>
      <translation>Точность держится на уровне случайного угадывания (примерно 40–60%) и не стабилизируется, сколько бы сеть ни обучалась.</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Activation functions</source>
      <translation>Функции активации</translation>
    </message>
    <message>
      <source>Activation functions and their slopes</source>
      <translation>Функции активации и их наклоны</translation>
    </message>
    <message>
      <source>Activations</source>
      <translation>Активации</translation>
    </message>
    <message>
      <source>AdaGrad</source>
      <translation>AdaGrad</translation>
    </message>
    <message>
      <source>Adam</source>
      <translation>Adam</translation>
    </message>
    <message>
      <source>Add a hidden layer (Dense + activation) before the last Dense layer</source>
      <translation>Добавить скрытый слой (Dense + активация) перед последним слоем Dense</translation>
    </message>
    <message>
      <source>Add a learnable bias b to each neuron.</source>
      <translation>Добавить обучаемое смещение b к каждому нейрону.</translation>
    </message>
    <message>
      <source>Add a learnable bias to each output channel.</source>
      <translation>Добавить обучаемое смещение к каждому выходному каналу.</translation>
    </message>
    <message>
      <source>Add hidden layer</source>
      <translation>Добавить скрытый слой</translation>
    </message>
    <message>
      <source>Add needs inputs of equal shape, got {got}: give the branches the same number of units</source>
      <translation>Add требует входов одинаковой формы, получено {got}: задайте ветвям одинаковое число нейронов</translation>
    </message>
    <message>
      <source>Add one hidden layer of 8 ReLU units between the inputs and the output and XOR becomes easy. Each hidden unit draws its own line; the output combines them, so the network can bend the boundary around the quadrants. It trains with backpropagation: the error at the output is passed backwards through the layers with the chain rule, and every weight moves against its gradient (here with Adam).</source>
      <translation>Добавьте один скрытый слой из 8 нейронов ReLU между входами и выходом — и XOR становится простым. Каждый скрытый нейрон проводит свою прямую; выход их комбинирует, поэтому сеть может изогнуть границу вокруг квадрантов. Она обучается обратным распространением ошибки: ошибка на выходе передаётся назад через слои по цепному правилу, и каждый вес сдвигается против своего градиента (здесь — с помощью Adam).</translation>
    </message>
    <message>
      <source>Add {kind}</source>
      <translation>Добавить {kind}</translation>
    </message>
    <message>
      <source>Added to denominators to avoid division by zero (adaptive optimizers).</source>
      <translation>Добавляется к знаменателям, чтобы избежать деления на ноль (адаптивные оптимизаторы).</translation>
    </message>
    <message>
      <source>Added to the variance to avoid division by zero.</source>
      <translation>Добавляется к дисперсии, чтобы избежать деления на ноль.</translation>
    </message>
    <message>
      <source>Adding problem</source>
      <translation>Задача сложения</translation>
    </message>
    <message>
      <source>Adds its inputs element-wise: a skip (residual) connection, y = x + f(x).</source>
      <translation>Поэлементно складывает свои входы: обходное (остаточное) соединение, y = x + f(x).</translation>
    </message>
    <message>
      <source>After 100 steps the pretrained, frozen network classifies the unseen test digits better than the one trained from scratch (about 0.89 against 0.85).</source>
      <translation>После 100 шагов предобученная замороженная сеть классифицирует невиданные тестовые цифры лучше, чем сеть, обученная с нуля (примерно 0.89 против 0.85).</translation>
    </message>
    <message>
      <source>After 1000 steps the pretrained network classifies about 90 % of the test digits correctly, the one trained from scratch about 86 %.</source>
      <translation>Через 1000 шагов предобученная сеть правильно классифицирует около 90 % тестовых цифр, обученная с нуля — около 86 %.</translation>
    </message>
    <message>
      <source>After 400 steps SGD's test loss is still above 0.15, momentum is below SGD's, and Adam and RMSProp are far below both SGD and AdaGrad.</source>
      <translation>После 400 шагов потери SGD на тесте всё ещё выше 0.15, у варианта с импульсом они ниже, чем у SGD, а у Adam и RMSProp — намного ниже, чем и у SGD, и у AdaGrad.</translation>
    </message>
    <message>
      <source>After 400 steps the self-supervised network classifies the unseen digits better than the one trained from scratch (about 0.87 against 0.84); convolutions pretrained with labels on other digits do better still (about 0.88).</source>
      <translation>Через 400 шагов самообученная сеть классифицирует невиданные цифры лучше, чем обученная с нуля (примерно 0.87 против 0.84); свёртки, предобученные с метками на других цифрах, справляются ещё лучше (около 0.88).</translation>
    </message>
    <message>
      <source>After 500 steps the dense network is at about 90% test accuracy, where the CNN has about 97%.</source>
      <translation>После 500 шагов полносвязная сеть имеет около 90% точности на тесте, тогда как CNN — около 97%.</translation>
    </message>
    <message>
      <source>After 600 steps of CD-1 without labels and 300 with them, the network classifies more than 93 % of the test digits correctly.</source>
      <translation>После 600 шагов CD-1 без меток и 300 шагов с метками сеть правильно классифицирует более 93 % тестовых цифр.</translation>
    </message>
    <message>
      <source>After every step (many-to-many)</source>
      <translation>После каждого шага («многие ко многим»)</translation>
    </message>
    <message>
      <source>After the last step (many-to-one)</source>
      <translation>После последнего шага («многие к одному»)</translation>
    </message>
    <message>
      <source>Alice in Wonderland (words)</source>
      <translation>Алиса в Стране чудес (слова)</translation>
    </message>
    <message>
      <source>All digits</source>
      <translation>Все цифры</translation>
    </message>
    <message>
      <source>Alpha</source>
      <translation>Альфа</translation>
    </message>
    <message>
      <source>Also draw each variant's training loss, dashed in the variant's colour</source>
      <translation>Также рисовать потери на обучении каждого варианта пунктиром цвета варианта</translation>
    </message>
    <message>
      <source>Also read the sequence backwards and join both directions' states (doubles the outputs).</source>
      <translation>Также читать последовательность в обратном направлении и объединять состояния обоих направлений (удваивает выходы).</translation>
    </message>
    <message>
      <source>Always train on the processor: works on every computer, and is fastest for small networks</source>
      <translation>Всегда обучать на процессоре: работает на любом компьютере и быстрее всего для небольших сетей</translation>
    </message>
    <message>
      <source>An LSTM remembers</source>
      <translation>LSTM помнит</translation>
    </message>
    <message>
      <source>An autoencoder learns to copy its input through a bottleneck: the encoder maps each 784-pixel digit to a code of only 2 numbers, the decoder rebuilds the image from the code. Because the code is so small (an undercomplete autoencoder), it cannot copy pixels and must keep what matters most. Nobody tells it the labels, yet similar digits end up with similar codes.</source>
      <translation>Автокодировщик учится копировать свой вход через узкое место: кодировщик переводит каждую цифру из 784 пикселей в код всего из 2 чисел, декодер восстанавливает изображение по коду. Поскольку код такой маленький (неполный автокодировщик), сеть не может копировать пиксели и должна сохранить самое важное. Метки ей никто не сообщает, но похожие цифры получают похожие коды.</translation>
    </message>
    <message>
      <source>An autoencoder squeezes digits into two numbers</source>
      <translation>Автокодировщик сжимает цифры до двух чисел</translation>
    </message>
    <message>
      <source>An input with a negative weight inhibits the neuron: the more it is active, the further the weighted sum falls below the threshold. One inhibitory input (weight -1) and θ = 0 give NOT: with the input at 0 the sum 0 reaches θ and the neuron fires; with the input at 1 the sum is -1 and it stays silent. Set the weight to +1 (an excitatory input) and the neuron copies its input instead: both rows turn red.</source>
      <translation>Вход с отрицательным весом тормозит нейрон: чем он активнее, тем дальше взвешенная сумма опускается ниже порога. Один тормозящий вход (вес -1) и θ = 0 дают NOT: при входе 0 сумма 0 достигает θ, и нейрон срабатывает; при входе 1 сумма равна -1, и он молчит. Задайте вес +1 (возбуждающий вход) — и нейрон вместо этого копирует свой вход: обе строки становятся красными.</translation>
    </message>
    <message>
      <source>An undercomplete autoencoder squeezes each 784-pixel digit through a code of 2 numbers and rebuilds it. The latent-space panel shows the digits sorting themselves into regions, and decodes a grid of codes.</source>
      <translation>Неполный автокодировщик сжимает каждую цифру из 784 пикселей через код из 2 чисел и восстанавливает её. Панель латентного пространства показывает, как цифры распределяются по областям, и декодирует сетку кодов.</translation>
    </message>
    <message>
      <source>An unexpected error happened. The app is still running: save your design to be safe.</source>
      <translation>Произошла непредвиденная ошибка. Программа продолжает работать: на всякий случай сохраните схему.</translation>
    </message>
    <message>
      <source>Apple MPS is not available: it needs a Mac with Apple silicon and a torch built for macOS. Choose CPU or Auto as the training device</source>
      <translation>Apple MPS недоступен: нужен Mac с процессором Apple и torch, собранный для macOS. Выберите устройством обучения CPU или «Авто»</translation>
    </message>
    <message>
      <source>Apple MPS is not available: it needs macOS 12.3 or later on a Mac with Apple silicon. Choose CPU or Auto as the training device</source>
      <translation>Apple MPS недоступен: нужна macOS 12.3 или новее на Mac с процессором Apple. Выберите устройством обучения CPU или «Авто»</translation>
    </message>
    <message>
      <source>Applies a non-linear function to every value. Without non-linearities a deep net is just one linear map.</source>
      <translation>Применяет нелинейную функцию к каждому значению. Без нелинейностей глубокая сеть — всего лишь одно линейное отображение.</translation>
    </message>
    <message>
      <source>Arrange the layers left to right</source>
      <translation>Расположить слои слева направо</translation>
    </message>
    <message>
      <source>Arranges the same values in a new shape, e.g. a flat vector of 784 values as a 1×28×28 image for convolutions. The new shape must hold exactly as many values.</source>
      <translation>Располагает те же значения в новой форме, например плоский вектор из 784 значений как изображение 1×28×28 для свёрток. Новая форма должна вмещать ровно столько же значений.</translation>
    </message>
    <message>
      <source>Arrows</source>
      <translation>Стрелки</translation>
    </message>
    <message>
      <source>At most {n} designs train side by side</source>
      <translation>Максимум схем для одновременного обучения: {n}</translation>
    </message>
    <message>
      <source>Auto-&amp;Layout</source>
      <translation>&amp;Авторазмещение</translation>
    </message>
    <message>
      <source>Auto-layout</source>
      <translation>Авторазмещение</translation>
    </message>
    <message>
      <source>Autoencoder</source>
      <translation>Автокодировщик</translation>
    </message>
    <message>
      <source>Autoencoder (reconstruct the input)</source>
      <translation>Автокодировщик (восстанавливает вход)</translation>
    </message>
    <message>
      <source>Autoencoders</source>
      <translation>Автокодировщики</translation>
    </message>
    <message>
      <source>Automatic (BCE / cross-entropy / MSE)</source>
      <translation>Автоматически (BCE / кросс-энтропия / MSE)</translation>
    </message>
    <message>
      <source>Averages each channel over the whole image: C×H×W becomes C numbers, one per filter. A light replacement for Flatten + Dense at the end of a convolutional network.</source>
      <translation>Усредняет каждый канал по всему изображению: C×H×W становится C числами, по одному на фильтр. Лёгкая замена Flatten + Dense в конце свёрточной сети.</translation>
    </message>
    <message>
      <source>B (editing)</source>
      <translation>B (редактируется)</translation>
    </message>
    <message>
      <source>Back to Live</source>
      <translation>Вернуться к текущему состоянию</translation>
    </message>
    <message>
      <source>Back to the newest snapshot ({key})</source>
      <translation>Назад к самому новому снимку ({key})</translation>
    </message>
    <message>
      <source>Backprop trains any design by gradient descent; the perceptron rule is Rosenblatt's update for a single layer of step units.</source>
      <translation>Обратное распространение ошибки обучает любую схему градиентным спуском; правило перцептрона — это обновление Розенблатта для одного слоя пороговых нейронов.</translation>
    </message>
    <message>
      <source>Backpropagation</source>
      <translation>Обратное распространение ошибки</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Базовый вариант</translation>
    </message>
    <message>
      <source>Batch normalisation for images: normalises each channel over the batch and all pixel positions to mean 0 and variance 1, then scales and shifts it (one γ and one β per channel).</source>
      <translation>Пакетная нормализация для изображений: нормализует каждый канал по пакету и всем позициям пикселей к среднему 0 и дисперсии 1, затем масштабирует и сдвигает его (одно γ и одно β на канал).</translation>
    </message>
    <message>
      <source>Batch size</source>
      <translation>Размер пакета</translation>
    </message>
    <message>
      <source>Beta1</source>
      <translation>Бета1</translation>
    </message>
    <message>
      <source>Beta2</source>
      <translation>Бета2</translation>
    </message>
    <message>
      <source>Bias</source>
      <translation>Смещение</translation>
    </message>
    <message>
      <source>Bidirectional</source>
      <translation>Двунаправленный</translation>
    </message>
    <message>
      <source>Bilinear (smooth blend)</source>
      <translation>Билинейная (плавное смешивание)</translation>
    </message>
    <message>
      <source>Binary classification</source>
      <translation>Бинарная классификация</translation>
    </message>
    <message>
      <source>Binary cross-entropy</source>
      <translation>Бинарная кросс-энтропия</translation>
    </message>
    <message>
      <source>Both (alternating)</source>
      <translation>Оба (поочерёдно)</translation>
    </message>
    <message>
      <source>Both boundaries close around the circle; the loss curves start at different heights.</source>
      <translation>Обе границы смыкаются вокруг круга; кривые потерь начинаются с разной высоты.</translation>
    </message>
    <message>
      <source>Both networks end in a sigmoid that gives P(class 1). The first learns with binary cross-entropy, the loss of classification; the second treats the 0/1 labels as numbers to fit with the mean squared error, the loss of regression. Both can separate the classes, but their loss values live on different scales: at chance BCE is 0.69 and MSE 0.25, so compare accuracies, not losses.</source>
      <translation>Обе сети заканчиваются сигмоидой, которая даёт P(класс 1). Первая обучается с бинарной кросс-энтропией — функцией потерь для классификации; вторая рассматривает метки 0/1 как числа, которые нужно приблизить по среднеквадратичной ошибке, — функцией потерь для регрессии. Обе способны разделить классы, но их значения потерь лежат в разных масштабах: на уровне случайного угадывания BCE равна 0.69, а MSE — 0.25, поэтому сравнивайте точность, а не потери.</translation>
    </message>
    <message>
      <source>Both reach a test loss (mean squared error) below 0.01 within 400 steps, from the 0.167 of always answering the mean: on this task the peepholes neither help nor hurt much.</source>
      <translation>Обе сети достигают потерь на тесте (среднеквадратичная ошибка) ниже 0.01 за 400 шагов, начиная с 0.167 при ответе «всегда среднее»: на этой задаче «замочные скважины» почти не помогают и почти не мешают.</translation>
    </message>
    <message>
      <source>Both reach at least 95% test accuracy within 600 steps of SGD; each ends with a small loss on its own scale (BCE under 0.2, MSE under 0.1).</source>
      <translation>Обе достигают не менее 95% точности на тесте за 600 шагов SGD; каждая заканчивает с малыми потерями в своём масштабе (BCE ниже 0.2, MSE ниже 0.1).</translation>
    </message>
    <message>
      <source>Both variants fit their 100 labelled images perfectly (training accuracy 1.0), but the pretrained one generalises better: its test accuracy is several points higher and its test loss lower. The RBM panels show the first RBM learning, then the second.</source>
      <translation>Оба варианта идеально подгоняются под свои 100 размеченных изображений (точность на обучении 1.0), но предобученный обобщает лучше: его точность на тесте на несколько пунктов выше, а потери на тесте ниже. Панели RBM показывают обучение сначала первой RBM, затем второй.</translation>
    </message>
    <message>
      <source>Build a neural network in a node editor, watch it learn, export it.</source>
      <translation>Постройте нейронную сеть в узловом редакторе, наблюдайте, как она обучается, экспортируйте её.</translation>
    </message>
    <message>
      <source>C&amp;ompare</source>
      <translation>&amp;Сравнение</translation>
    </message>
    <message>
      <source>CD steps k</source>
      <translation>Шаги CD k</translation>
    </message>
    <message>
      <source>CNN</source>
      <translation>CNN</translation>
    </message>
    <message>
      <source>CSV file</source>
      <translation>Файл CSV</translation>
    </message>
    <message>
      <source>CSV tables (*.csv *.tsv *.txt);;All files (*)</source>
      <translation>Таблицы CSV (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
      <source>CSV tables (*.csv)</source>
      <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
      <source>CU&amp;DA (NVIDIA GPU)</source>
      <translation>CU&amp;DA (GPU NVIDIA)</translation>
    </message>
    <message>
      <source>CUDA is not available: the installed torch is a CPU-only build. Install a CUDA build of torch, or choose CPU or Auto as the training device</source>
      <translation>CUDA недоступна: установленный torch собран только для CPU. Установите сборку torch с CUDA или выберите устройством обучения CPU или «Авто»</translation>
    </message>
    <message>
      <source>CUDA is not available: this computer has no NVIDIA GPU that torch can use (or its driver does not work). Choose CPU or Auto as the training device</source>
      <translation>CUDA недоступна: на этом компьютере нет GPU NVIDIA, который может использовать torch (или не работает его драйвер). Выберите устройством обучения CPU или «Авто»</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Cannot compare: {reason}</source>
      <translation>Невозможно сравнить: {reason}</translation>
    </message>
    <message>
      <source>Cannot open project</source>
      <translation>Не удалось открыть проект</translation>
    </message>
    <message>
      <source>Cannot paste: {reason}.</source>
      <translation>Невозможно вставить: {reason}.</translation>
    </message>
    <message>
      <source>Cannot preview the data: {error}</source>
      <translation>Не удалось показать данные: {error}</translation>
    </message>
    <message>
      <source>Cannot read the folder {name} ({reason}): check it exists and is readable.</source>
      <translation>Не удаётся прочитать папку {name} ({reason}): проверьте, что она существует и доступна для чтения.</translation>
    </message>
    <message>
      <source>Cannot read {file}: {reason}</source>
      <translation>Не удаётся прочитать {file}: {reason}</translation>
    </message>
    <message>
      <source>Cannot read {name}: {reason}.</source>
      <translation>Не удаётся прочитать {name}: {reason}.</translation>
    </message>
    <message>
      <source>Cannot save project</source>
      <translation>Не удалось сохранить проект</translation>
    </message>
    <message>
      <source>Canvas</source>
      <translation>Холст</translation>
    </message>
    <message>
      <source>Capacity: width against depth</source>
      <translation>Ёмкость: ширина против глубины</translation>
    </message>
    <message>
      <source>Cells: test accuracy (regression: test loss). Gradient bars:</source>
      <translation>Ячейки: точность на тесте (регрессия: потери на тесте). Столбики градиентов:</translation>
    </message>
    <message>
      <source>Change the compared designs</source>
      <translation>Изменить сравниваемые схемы</translation>
    </message>
    <message>
      <source>Channels × height × width of your images, recorded when the file is loaded.</source>
      <translation>Каналы × высота × ширина ваших изображений, определённые при загрузке файла.</translation>
    </message>
    <message>
      <source>Choose .npz…</source>
      <translation>Выбрать .npz…</translation>
    </message>
    <message>
      <source>Choose CSV…</source>
      <translation>Выбрать CSV…</translation>
    </message>
    <message>
      <source>Choose a CSV table</source>
      <translation>Выберите таблицу CSV</translation>
    </message>
    <message>
      <source>Choose a folder of class folders</source>
      <translation>Выберите папку с папками классов</translation>
    </message>
    <message>
      <source>Choose a lesson</source>
      <translation>Выберите урок</translation>
    </message>
    <message>
      <source>Choose a lesson of the course: a ready design with what to explain and what to watch for</source>
      <translation>Выберите урок курса: готовая схема с пояснением, что рассказать и на что обратить внимание</translation>
    </message>
    <message>
      <source>Choose an .npz file of images and labels</source>
      <translation>Выберите файл .npz с изображениями и метками</translation>
    </message>
    <message>
      <source>Choose at least one feature column: the network needs an input.</source>
      <translation>Выберите хотя бы один столбец признаков: сети нужен вход.</translation>
    </message>
    <message>
      <source>Choose folder…</source>
      <translation>Выбрать папку…</translation>
    </message>
    <message>
      <source>Circle</source>
      <translation>Круг</translation>
    </message>
    <message>
      <source>Class names</source>
      <translation>Имена классов</translation>
    </message>
    <message>
      <source>Class:</source>
      <translation>Класс:</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>Классы</translation>
    </message>
    <message>
      <source>Classes (classification)</source>
      <translation>Классы (классификация)</translation>
    </message>
    <message>
      <source>Classes: one output per class (text or few whole numbers). Values: one number out.</source>
      <translation>Классы: один выход на класс (текст или несколько целых чисел). Значения: одно число на выходе.</translation>
    </message>
    <message>
      <source>Classic neurons</source>
      <translation>Классические нейроны</translation>
    </message>
    <message>
      <source>Classification</source>
      <translation>Классификация</translation>
    </message>
    <message>
      <source>Classification loss or regression loss</source>
      <translation>Потери классификации или потери регрессии</translation>
    </message>
    <message>
      <source>Classification: BCE</source>
      <translation>Классификация: BCE</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Очистить</translation>
    </message>
    <message>
      <source>Clear drawing</source>
      <translation>Очистить рисунок</translation>
    </message>
    <message>
      <source>Clear list</source>
      <translation>Очистить список</translation>
    </message>
    <message>
      <source>Clear the drawn target</source>
      <translation>Очистить нарисованную цель</translation>
    </message>
    <message>
      <source>Click or drag to draw the target · right-click clears</source>
      <translation>Щёлкните или ведите мышью, чтобы нарисовать цель · правый щелчок очищает</translation>
    </message>
    <message>
      <source>Click to add points of the chosen class · right-click removes the nearest</source>
      <translation>Щёлкните, чтобы добавить точки выбранного класса · правый щелчок удаляет ближайшую</translation>
    </message>
    <message>
      <source>Click to select that layer.</source>
      <translation>Щёлкните, чтобы выделить этот слой.</translation>
    </message>
    <message>
      <source>Clip the gradient's total norm to this value (0: off).</source>
      <translation>Обрезать общую норму градиента до этого значения (0: выключено).</translation>
    </message>
    <message>
      <source>Close the gallery without opening a lesson</source>
      <translation>Закрыть галерею, не открывая урок</translation>
    </message>
    <message>
      <source>Close the window</source>
      <translation>Закрыть окно</translation>
    </message>
    <message>
      <source>Colour the plane by the discriminator's verdict P(real): green where D says real, purple where it says fake, grey where it cannot tell (0.5)</source>
      <translation>Раскрасить плоскость по вердикту дискриминатора P(настоящий): зелёный — где D считает настоящим, фиолетовый — где поддельным, серый — где не может определить (0.5)</translation>
    </message>
    <message>
      <source>Columns in large units would otherwise dominate the first layer</source>
      <translation>Иначе столбцы с крупными единицами доминировали бы в первом слое</translation>
    </message>
    <message>
      <source>Compare With a &amp;Copy</source>
      <translation>Сравнить с &amp;копией</translation>
    </message>
    <message>
      <source>Compare the test accuracy curve with the one of the CNN lesson after the same number of steps.</source>
      <translation>Сравните кривую точности на тесте с кривой из урока о CNN после того же числа шагов.</translation>
    </message>
    <message>
      <source>Compare the three rows of the reconstruction panel: the clean digit, the noisy input and the rebuilt digit, which is clean again.</source>
      <translation>Сравните три строки панели реконструкций: чистая цифра, зашумлённый вход и восстановленная цифра, снова чистая.</translation>
    </message>
    <message>
      <source>Compare with a copy</source>
      <translation>Сравнить с копией</translation>
    </message>
    <message>
      <source>Compares the gradient reaching the first layer with the last layer's: below 1/100 it vanishes, above 100× it explodes</source>
      <translation>Сравнивает градиент, доходящий до первого слоя, с градиентом последнего слоя: ниже 1/100 — затухание, выше 100× — взрыв</translation>
    </message>
    <message>
      <source>Compares the gradient reaching the first step's hidden state with the last step's: below 1/100 it vanishes, above 100× it explodes</source>
      <translation>Сравнивает градиент, доходящий до скрытого состояния первого шага, с градиентом последнего шага: ниже 1/100 — затухание, выше 100× — взрыв</translation>
    </message>
    <message>
      <source>Comparing: {copy} is frozen; change the design (variant {editing}) and press Play</source>
      <translation>Сравнение: {copy} заморожен; измените схему (вариант {editing}) и нажмите «Пуск»</translation>
    </message>
    <message>
      <source>Comparison: loss</source>
      <translation>Сравнение: потери</translation>
    </message>
    <message>
      <source>Comparison: variants</source>
      <translation>Сравнение: варианты</translation>
    </message>
    <message>
      <source>Computing the paths…</source>
      <translation>Вычисление траекторий…</translation>
    </message>
    <message>
      <source>Concat joins along the first dimension; the others must match, got {got}</source>
      <translation>Concat соединяет по первому измерению; остальные должны совпадать, получено {got}</translation>
    </message>
    <message>
      <source>Confusion matrix: rows are the true classes, columns the predicted ones; hover a cell for its count</source>
      <translation>Матрица ошибок: строки — истинные классы, столбцы — предсказанные; наведите на ячейку, чтобы увидеть количество</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>Соединить</translation>
    </message>
    <message>
      <source>Connection: select it and press Delete to disconnect</source>
      <translation>Соединение: выделите его и нажмите Delete, чтобы разъединить</translation>
    </message>
    <message>
      <source>Context vectors</source>
      <translation>Контекстные векторы</translation>
    </message>
    <message>
      <source>Context window (±h)</source>
      <translation>Окно контекста (±h)</translation>
    </message>
    <message>
      <source>Context window ±h: the words up to h places before and after a word count as its context (word2vec).</source>
      <translation>Окно контекста ±h: контекстом слова считаются слова, стоящие не далее чем на h позиций до и после него (word2vec).</translation>
    </message>
    <message>
      <source>Convolution</source>
      <translation>Свёртка</translation>
    </message>
    <message>
      <source>Convolution filters</source>
      <translation>Фильтры свёртки</translation>
    </message>
    <message>
      <source>Copy details</source>
      <translation>Копировать подробности</translation>
    </message>
    <message>
      <source>Copy the selected layers</source>
      <translation>Копировать выделенные слои</translation>
    </message>
    <message>
      <source>Core</source>
      <translation>Основные</translation>
    </message>
    <message>
      <source>Corruption level</source>
      <translation>Уровень искажения</translation>
    </message>
    <message>
      <source>Cross-entropy</source>
      <translation>Кросс-энтропия</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Вы&amp;резать</translation>
    </message>
    <message>
      <source>Cures for overfitting</source>
      <translation>Средства от переобучения</translation>
    </message>
    <message>
      <source>Cut the selected layers</source>
      <translation>Вырезать выделенные слои</translation>
    </message>
    <message>
      <source>D loss: how badly the discriminator tells real from generated samples (lower: D wins). G loss: how badly the generator fools D (lower: G wins). In a balanced game neither wins for long</source>
      <translation>Потери D: насколько плохо дискриминатор отличает настоящие образцы от сгенерированных (ниже — D выигрывает). Потери G: насколько плохо генератор обманывает D (ниже — G выигрывает). В сбалансированной игре никто не выигрывает надолго</translation>
    </message>
    <message>
      <source>D map</source>
      <translation>Карта D</translation>
    </message>
    <message>
      <source>D steps (k_D)</source>
      <translation>Шаги D (k_D)</translation>
    </message>
    <message>
      <source>D(real) {d_real} · D(fake) {d_fake} · distance {distance}</source>
      <translation>D(настоящие) {d_real} · D(поддельные) {d_fake} · расстояние {distance}</translation>
    </message>
    <message>
      <source>D(real), D(fake): the mean P(real) the discriminator gives real and generated samples (both near 0.5 when it cannot tell them apart). Distance: energy distance between the real and generated samples (0 when they have the same distribution)</source>
      <translation>D(настоящие), D(поддельные): средняя P(настоящий), которую дискриминатор даёт настоящим и сгенерированным образцам (обе около 0.5, когда он не может их различить). Расстояние: энергетическое расстояние между настоящими и сгенерированными образцами (0, когда у них одинаковое распределение)</translation>
    </message>
    <message>
      <source>DBN (pretrained)</source>
      <translation>DBN (предобученная)</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Тёмная</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>Данные</translation>
    </message>
    <message>
      <source>Data augmentation for images: move each training image by a random 0..k pixels in x and y, anew every time it is used, so the network learns that a shifted digit is the same digit (0: off).</source>
      <translation>Аугментация данных для изображений: сдвигает каждое обучающее изображение на случайные 0..k пикселей по x и y, каждый раз заново, поэтому сеть учится, что сдвинутая цифра — та же самая цифра (0: выключено).</translation>
    </message>
    <message>
      <source>Dataset</source>
      <translation>Набор данных</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>Dead: ReLU units that output 0 for every sample. Saturated: sigmoid/tanh outputs in the flat tails, where the derivative is almost 0</source>
      <translation>Мёртвые: нейроны ReLU, выдающие 0 для каждого образца. Насыщенные: выходы сигмоиды/tanh в пологих хвостах, где производная почти 0</translation>
    </message>
    <message>
      <source>Decay of the gradient average (Adam, NAdam).</source>
      <translation>Коэффициент затухания среднего градиента (Adam, NAdam).</translation>
    </message>
    <message>
      <source>Decay of the squared-gradient average (Adam, NAdam).</source>
      <translation>Коэффициент затухания среднего квадрата градиента (Adam, NAdam).</translation>
    </message>
    <message>
      <source>Decay of the squared-gradient average (RMSProp).</source>
      <translation>Коэффициент затухания среднего квадрата градиента (RMSProp).</translation>
    </message>
    <message>
      <source>Decision boundary</source>
      <translation>Граница решений</translation>
    </message>
    <message>
      <source>Decoded grid</source>
      <translation>Сетка декодирования</translation>
    </message>
    <message>
      <source>Deep belief net vs training from scratch</source>
      <translation>Глубокая сеть доверия против обучения с нуля</translation>
    </message>
    <message>
      <source>Deep belief nets</source>
      <translation>Глубокие сети доверия</translation>
    </message>
    <message>
      <source>Deep belief networks</source>
      <translation>Глубокие сети доверия</translation>
    </message>
    <message>
      <source>Default number of update steps for a headless run.</source>
      <translation>Число шагов обновления по умолчанию для запуска без интерфейса.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete the selected layers</source>
      <translation>Удалить выделенные слои</translation>
    </message>
    <message>
      <source>Denoising autoencoder: corrupt the network's input (never the target it reconstructs) with Gaussian noise or by blanking a share of the pixels.</source>
      <translation>Шумоподавляющий автокодировщик: искажает вход сети (но никогда не цель, которую она восстанавливает) гауссовым шумом или обнулением доли пикселей.</translation>
    </message>
    <message>
      <source>Dense network on digits, for comparison</source>
      <translation>Полносвязная сеть на цифрах, для сравнения</translation>
    </message>
    <message>
      <source>Depth for the spirals</source>
      <translation>Глубина для спиралей</translation>
    </message>
    <message>
      <source>Details were saved to {path}.</source>
      <translation>Подробности сохранены в {path}.</translation>
    </message>
    <message>
      <source>Detected from the file; untick it if the first row is data</source>
      <translation>Определено по файлу; снимите флажок, если первая строка — данные</translation>
    </message>
    <message>
      <source>Digits</source>
      <translation>Цифры</translation>
    </message>
    <message>
      <source>Digits 0–4</source>
      <translation>Цифры 0–4</translation>
    </message>
    <message>
      <source>Digits 28×28 (MNIST 5k)</source>
      <translation>Цифры 28×28 (MNIST 5k)</translation>
    </message>
    <message>
      <source>Digits 5–9</source>
      <translation>Цифры 5–9</translation>
    </message>
    <message>
      <source>Digits 8×8 (UCI)</source>
      <translation>Цифры 8×8 (UCI)</translation>
    </message>
    <message>
      <source>Dilation</source>
      <translation>Разрежение (dilation)</translation>
    </message>
    <message>
      <source>Dimension</source>
      <translation>Измерение</translation>
    </message>
    <message>
      <source>Disconnect</source>
      <translation>Разъединить</translation>
    </message>
    <message>
      <source>Discretize</source>
      <translation>Дискретизировать</translation>
    </message>
    <message>
      <source>Discriminator D</source>
      <translation>Дискриминатор D</translation>
    </message>
    <message>
      <source>Discriminator only</source>
      <translation>Только дискриминатор</translation>
    </message>
    <message>
      <source>Discriminator updates per iteration (GAN).</source>
      <translation>Число обновлений дискриминатора за итерацию (GAN).</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Distributed representation: three lines, seven regions</source>
      <translation>Распределённое представление: три прямые, семь областей</translation>
    </message>
    <message>
      <source>Distribution</source>
      <translation>Распределение</translation>
    </message>
    <message>
      <source>Dock Back All Plots</source>
      <translation>Вернуть все графики на панель</translation>
    </message>
    <message>
      <source>Dock Back {panel}</source>
      <translation>Вернуть {panel} на место</translation>
    </message>
    <message>
      <source>Dots: real samples (green) and the generator's samples (purple). Arrows: where the generator's loss moves each generated sample. Background (bar on the right): the discriminator's P(real)</source>
      <translation>Точки: настоящие образцы (зелёные) и образцы генератора (фиолетовые). Стрелки: куда потери генератора сдвигают каждый сгенерированный образец. Фон (шкала справа): P(настоящий) дискриминатора</translation>
    </message>
    <message>
      <source>Drag a layer onto the canvas, or double-click / Enter to add it at the centre</source>
      <translation>Перетащите слой на холст или дважды щёлкните / нажмите Enter, чтобы добавить его в центре</translation>
    </message>
    <message>
      <source>Drag layers here from the palette. Drag from an output port to an input port to connect. Wheel: zoom. Middle button or Space+drag: pan.</source>
      <translation>Перетаскивайте сюда слои из палитры. Чтобы соединить, перетащите от выходного порта к входному. Колёсико: масштаб. Средняя кнопка или Space+перетаскивание: панорамирование.</translation>
    </message>
    <message>
      <source>Draw points</source>
      <translation>Рисовать точки</translation>
    </message>
    <message>
      <source>Draw points of class {k}</source>
      <translation>Рисовать точки класса {k}</translation>
    </message>
    <message>
      <source>Draw the target</source>
      <translation>Нарисовать цель</translation>
    </message>
    <message>
      <source>Draw your data: pick a class beside the preview and click on the plane to add points (at least 2; {count} so far).</source>
      <translation>Нарисуйте свои данные: выберите класс рядом с предпросмотром и щёлкайте на плоскости, чтобы добавить точки (не менее 2; сейчас: {count}).</translation>
    </message>
    <message>
      <source>Drawn by you</source>
      <translation>Нарисовано вами</translation>
    </message>
    <message>
      <source>Drawn by you (classes)</source>
      <translation>Нарисованные вами (классы)</translation>
    </message>
    <message>
      <source>Drawn points</source>
      <translation>Нарисованные точки</translation>
    </message>
    <message>
      <source>Dropout</source>
      <translation>Дропаут</translation>
    </message>
    <message>
      <source>Dropout for images: during training, zeroes whole channels (feature maps) with probability p and scales the rest. Neighbouring pixels are alike, so dropping single pixels would hide little.</source>
      <translation>Дропаут для изображений: во время обучения обнуляет целые каналы (карты признаков) с вероятностью p и масштабирует остальные. Соседние пиксели похожи, поэтому отбрасывание отдельных пикселей мало что скрыло бы.</translation>
    </message>
    <message>
      <source>Duplicate the selected layers</source>
      <translation>Дублировать выделенные слои</translation>
    </message>
    <message>
      <source>During training, zeroes each value with probability p (and scales the rest), so neurons cannot co-adapt.</source>
      <translation>Во время обучения обнуляет каждое значение с вероятностью p (и масштабирует остальные), поэтому нейроны не могут коадаптироваться.</translation>
    </message>
    <message>
      <source>ELU</source>
      <translation>ELU</translation>
    </message>
    <message>
      <source>ELU: smooth, and negative outputs down to −α keep the mean near 0.</source>
      <translation>ELU: гладкая, а отрицательные выходы до −α удерживают среднее около 0.</translation>
    </message>
    <message>
      <source>Each cell: a variant's decision boundary, its test score, and its gradient norms per layer (input on the left; bar height: log10 of the norm, the same scale in every cell)</source>
      <translation>Каждая ячейка: граница решений варианта, его результат на тесте и нормы градиентов по слоям (вход слева; высота столбика — log10 нормы, одинаковая шкала во всех ячейках)</translation>
    </message>
    <message>
      <source>Each column is one step: the symbol the network reads, the target, its prediction (green right, red wrong) and the probability it gave the target (bar, full = 1)</source>
      <translation>Каждый столбец — один шаг: символ, который читает сеть, цель, её прогноз (зелёный — верно, красный — ошибка) и вероятность, которую она дала цели (столбик, полный = 1)</translation>
    </message>
    <message>
      <source>Each dot is a word vector seen along the two directions in which the vectors differ most (PCA)</source>
      <translation>Каждая точка — вектор слова, показанный вдоль двух направлений, в которых векторы различаются сильнее всего (PCA)</translation>
    </message>
    <message>
      <source>Each layer's gradient compared with the last layer's: below 1/100 vanishing, above 100× exploding</source>
      <translation>Градиент каждого слоя по сравнению с градиентом последнего: ниже 1/100 — затухание, выше 100× — взрыв</translation>
    </message>
    <message>
      <source>Each map: rows are the layer's units, columns the time steps of the sequence</source>
      <translation>Каждая карта: строки — нейроны слоя, столбцы — временные шаги последовательности</translation>
    </message>
    <message>
      <source>Each measurement uses the same 500 training and 500 test samples</source>
      <translation>Каждое измерение использует одни и те же 500 обучающих и 500 тестовых образцов</translation>
    </message>
    <message>
      <source>Each sequence is a sum of two sine waves with random frequencies and phases: predict the next value after the last step (many-to-one) or after every step (many-to-many).</source>
      <translation>Каждая последовательность — сумма двух синусоид со случайными частотами и фазами: предскажите следующее значение после последнего шага (многие-к-одному) или после каждого шага (многие-ко-многим).</translation>
    </message>
    <message>
      <source>Each side grows by this factor.</source>
      <translation>Каждая сторона увеличивается во столько раз.</translation>
    </message>
    <message>
      <source>Each small image is one channel of a layer's output for the chosen sample; each layer has its own scale (dark = its lowest value, yellow = its highest)</source>
      <translation>Каждое маленькое изображение — один канал выхода слоя для выбранного образца; у каждого слоя своя шкала (тёмный = его наименьшее значение, жёлтый = наибольшее)</translation>
    </message>
    <message>
      <source>Each small map is one unit's output over the input plane; hover to enlarge</source>
      <translation>Каждая маленькая карта — выход одного нейрона на входной плоскости; наведите, чтобы увеличить</translation>
    </message>
    <message>
      <source>Each small picture is the decoder's output for the code at its centre</source>
      <translation>Каждая маленькая картинка — выход декодера для кода в её центре</translation>
    </message>
    <message>
      <source>Each step holds a random value and a marker; two steps are marked, one in each half of the sequence. Predict the sum of the two marked values: a long-range dependency that grows with the length.</source>
      <translation>Каждый шаг содержит случайное значение и метку; отмечены два шага, по одному в каждой половине последовательности. Предскажите сумму двух отмеченных значений: дальняя зависимость, растущая с длиной.</translation>
    </message>
    <message>
      <source>Each step unit splits the plane by a line; the pattern of units that fire names a region. n lines make up to 1 + n + n(n−1)/2 regions, a decision tree with n tests only n + 1 leaves</source>
      <translation>Каждый пороговый нейрон делит плоскость прямой; набор сработавших нейронов задаёт область. n прямых дают до 1 + n + n(n−1)/2 областей, а дерево решений с n проверками — лишь n + 1 лист</translation>
    </message>
    <message>
      <source>Each tile is one hidden unit: its weight to every visible unit, drawn where that unit lies in the image (red excites the unit, blue inhibits it). Trained units become stroke and blob detectors.</source>
      <translation>Каждая плитка — один скрытый нейрон: его веса к каждому видимому нейрону, нарисованные там, где этот видимый нейрон находится на изображении (красный возбуждает нейрон, синий тормозит). Обученные нейроны становятся детекторами штрихов и пятен.</translation>
    </message>
    <message>
      <source>Each tile is one kernel; hover a tile to see which filter and input channel it is</source>
      <translation>Каждая плитка — одно ядро; наведите на плитку, чтобы увидеть, какие это фильтр и входной канал</translation>
    </message>
    <message>
      <source>Each unit of a layer is a feature: here three step units, each a line across the plane, firing on one side. A decision tree that uses the same three features one after another ends in as many regions as it has leaves: 4 for a tree of depth 2 with three tests. The layer instead uses all three at once, and every combination of on and off is a region of its own: 7 of the 8 codes appear, and with n units the count grows as 1 + n + n(n−1)/2 — the power of a distributed representation (lecture 7, figure 1). The dense head then learns which regions belong to the disc. Move a line (edit a unit's θ) and watch the regions change; make two lines parallel and one region disappears.</source>
      <translation>Каждый нейрон слоя — это признак: здесь три пороговых нейрона, каждый — прямая через плоскость, срабатывающая по одну её сторону. Дерево решений, использующее те же три признака один за другим, даёт столько областей, сколько у него листьев: 4 для дерева глубины 2 с тремя проверками. Слой же использует все три сразу, и каждая комбинация включённых и выключенных нейронов — отдельная область: встречаются 7 из 8 кодов, а при n нейронах их число растёт как 1 + n + n(n−1)/2 — в этом сила распределённого представления (лекция 7, рисунок 1). Затем полносвязная выходная часть учится, какие области относятся к кругу. Сдвиньте прямую (измените θ нейрона) и посмотрите, как меняются области; сделайте две прямые параллельными — и одна область исчезнет.</translation>
    </message>
    <message>
      <source>Each variant's colour; solid lines: test loss, dashed lines: training loss</source>
      <translation>Цвет каждого варианта; сплошные линии — потери на тесте, пунктирные — потери на обучении</translation>
    </message>
    <message>
      <source>Early stopping</source>
      <translation>Ранняя остановка</translation>
    </message>
    <message>
      <source>Early stopping (patience)</source>
      <translation>Ранняя остановка (терпение)</translation>
    </message>
    <message>
      <source>Early stopping: the test loss was lowest at step {step}; the network went back to those weights</source>
      <translation>Ранняя остановка: потери на тесте были наименьшими на шаге {step}; сеть вернулась к тем весам</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Правка</translation>
    </message>
    <message>
      <source>Eight sigmoid layers and three cures for their vanishing gradients: ReLU with He init, BatchNorm, skip connections.</source>
      <translation>Восемь сигмоидных слоёв и три средства от затухания их градиентов: ReLU с инициализацией He, BatchNorm, обходные соединения.</translation>
    </message>
    <message>
      <source>Eight small gaussian blobs on a circle: the classic GAN test.</source>
      <translation>Восемь маленьких гауссовых пятен на окружности: классический тест для GAN.</translation>
    </message>
    <message>
      <source>Elongated bowl</source>
      <translation>Вытянутая чаша</translation>
    </message>
    <message>
      <source>Energy distance between the real samples and the generator's samples: 0 when they come from the same distribution. Log scale: each grid line down is ten times closer</source>
      <translation>Энергетическое расстояние между настоящими образцами и образцами генератора: 0, если они из одного распределения. Логарифмическая шкала: каждая линия сетки ниже — в десять раз ближе</translation>
    </message>
    <message>
      <source>Epoch</source>
      <translation>Эпоха</translation>
    </message>
    <message>
      <source>Eps</source>
      <translation>Эпсилон</translation>
    </message>
    <message>
      <source>Error measure. Automatic: BCE for binary, cross-entropy for multi-class, MSE for regression and autoencoders. An autoencoder with BCE reads its outputs as logits of the pixels (0..1).</source>
      <translation>Мера ошибки. Автоматически: BCE для бинарной, кросс-энтропия для многоклассовой классификации, MSE для регрессии и автокодировщиков. Автокодировщик с BCE трактует свои выходы как логиты пикселей (0..1).</translation>
    </message>
    <message>
      <source>Every combination of 0/1 inputs, the network's answer and the gate's. A row is green when they agree, red when they do not. Change a weight or θ in the inspector to change the answers</source>
      <translation>Все комбинации входов 0/1, ответ сети и ответ логического элемента. Строка зелёная, когда они совпадают, и красная, когда нет. Измените вес или θ в инспекторе, чтобы изменить ответы</translation>
    </message>
    <message>
      <source>Every variant diverged</source>
      <translation>Все варианты разошлись</translation>
    </message>
    <message>
      <source>Expected outcome: {text}</source>
      <translation>Ожидаемый результат: {text}</translation>
    </message>
    <message>
      <source>Exploding gradients and clipping</source>
      <translation>Взрыв градиентов и обрезка</translation>
    </message>
    <message>
      <source>Exploding: the first step gets {ratio} the last step's gradient — clip the gradients or lower the recurrent gain.</source>
      <translation>Взрыв: первый шаг получает {ratio} градиента последнего шага — включите обрезку градиентов или уменьшите рекуррентное усиление.</translation>
    </message>
    <message>
      <source>Export history</source>
      <translation>Экспорт истории</translation>
    </message>
    <message>
      <source>Export model</source>
      <translation>Экспорт модели</translation>
    </message>
    <message>
      <source>Export plots</source>
      <translation>Экспорт графиков</translation>
    </message>
    <message>
      <source>Export the trained model: {format}</source>
      <translation>Экспортировать обученную модель: {format}</translation>
    </message>
    <message>
      <source>Exported the network trained for {steps} steps to {names} ({size} bytes).</source>
      <translation>Сеть, обученная за шагов: {steps}, экспортирована в {names} ({size} байт).</translation>
    </message>
    <message>
      <source>Extra rows and columns added on one side of the output, to hit an exact size (less than the stride).</source>
      <translation>Дополнительные строки и столбцы с одной стороны выхода, чтобы получить точный размер (меньше шага).</translation>
    </message>
    <message>
      <source>FAIL</source>
      <translation>НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
      <source>Feature columns</source>
      <translation>Столбцы признаков</translation>
    </message>
    <message>
      <source>Feature maps</source>
      <translation>Карты признаков</translation>
    </message>
    <message>
      <source>Feature maps need image data</source>
      <translation>Для карт признаков нужны данные-изображения</translation>
    </message>
    <message>
      <source>Features</source>
      <translation>Признаки</translation>
    </message>
    <message>
      <source>Filled dots: test inputs; rings: their reconstructions; a line joins each pair</source>
      <translation>Закрашенные точки: тестовые входы; кольца: их реконструкции; линия соединяет каждую пару</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Фильтры</translation>
    </message>
    <message>
      <source>First row holds the column names</source>
      <translation>Первая строка содержит имена столбцов</translation>
    </message>
    <message>
      <source>Fit the design to the window</source>
      <translation>Вписать схему в окно</translation>
    </message>
    <message>
      <source>Forget-gate bias</source>
      <translation>Смещение вентиля забывания</translation>
    </message>
    <message>
      <source>Found on this computer: {devices}</source>
      <translation>Найдено на этом компьютере: {devices}</translation>
    </message>
    <message>
      <source>Four clusters, one per row of the truth table: class 1 where x1 &gt; 0 and x2 &gt; 0 (AND of the signs). One straight line separates it.</source>
      <translation>Четыре кластера, по одному на строку таблицы истинности: класс 1, где x1 &gt; 0 и x2 &gt; 0 (AND знаков). Одна прямая отделяет его.</translation>
    </message>
    <message>
      <source>Four clusters, one per row of the truth table: class 1 where x1 &gt; 0 or x2 &gt; 0 (OR of the signs). One straight line separates it.</source>
      <translation>Четыре кластера, по одному на строку таблицы истинности: класс 1, где x1 &gt; 0 или x2 &gt; 0 (OR знаков). Одна прямая отделяет его.</translation>
    </message>
    <message>
      <source>Four copies of one network that differ only in their starting weights. All zeros: every unit computes the same thing and gets the same update, so the symmetry never breaks (here no hidden weight even gets a gradient). Far too large: the tanh units start saturated, in their flat tails, and learn slowly and badly. Glorot (for tanh) and He (for ReLU) scale the weights to the number of inputs, so signals and gradients keep their size.</source>
      <translation>Четыре копии одной сети, различающиеся только начальными весами. Все нули: каждый нейрон вычисляет одно и то же и получает одно и то же обновление, поэтому симметрия никогда не нарушается (здесь ни один скрытый вес даже не получает градиента). Слишком большие: нейроны tanh с самого начала насыщены, находятся в пологих хвостах и обучаются медленно и плохо. Glorot (для tanh) и He (для ReLU) масштабируют веса по числу входов, поэтому сигналы и градиенты сохраняют свою величину.</translation>
    </message>
    <message>
      <source>Four cures for vanishing gradients</source>
      <translation>Четыре средства от затухания градиентов</translation>
    </message>
    <message>
      <source>Four quadrants: class is the sign of x1·x2. No single line separates it.</source>
      <translation>Четыре квадранта: класс — знак x1·x2. Ни одна прямая его не отделяет.</translation>
    </message>
    <message>
      <source>Freeze</source>
      <translation>Заморозить</translation>
    </message>
    <message>
      <source>Freeze the current design as variant A and keep editing it as variant B: change one thing, press Play, and both train side by side</source>
      <translation>Заморозить текущую схему как вариант A и продолжить редактировать её как вариант B: измените одну вещь, нажмите «Пуск», и оба будут обучаться рядом</translation>
    </message>
    <message>
      <source>Frequent words:</source>
      <translation>Частые слова:</translation>
    </message>
    <message>
      <source>From each generated sample, where the generator's loss pushes it (−∂L_G/∂x). Longer arrows: a stronger push, on the same scale in every run; arrows that shrink while D wins show G's gradient vanishing</source>
      <translation>Для каждого сгенерированного образца: куда его толкают потери генератора (−∂L_G/∂x). Более длинные стрелки — более сильный толчок, в одинаковом масштабе в каждом запуске; стрелки, укорачивающиеся, пока D выигрывает, показывают затухание градиента G</translation>
    </message>
    <message>
      <source>Frozen: its weights stay fixed during training</source>
      <translation>Заморожен: его веса не изменяются во время обучения</translation>
    </message>
    <message>
      <source>Full screen with large text and thick lines, for the lecture hall (F11)</source>
      <translation>Полный экран с крупным текстом и толстыми линиями для лекционной аудитории (F11)</translation>
    </message>
    <message>
      <source>Fully connected layer: every output is a weighted sum of all inputs plus a bias, z = W·x + b.</source>
      <translation>Полносвязный слой: каждый выход — взвешенная сумма всех входов плюс смещение, z = W·x + b.</translation>
    </message>
    <message>
      <source>Function</source>
      <translation>Функция</translation>
    </message>
    <message>
      <source>Function f(x)</source>
      <translation>Функция f(x)</translation>
    </message>
    <message>
      <source>G steps (k_G)</source>
      <translation>Шаги G (k_G)</translation>
    </message>
    <message>
      <source>GAN</source>
      <translation>GAN</translation>
    </message>
    <message>
      <source>GAN loss</source>
      <translation>Потери GAN</translation>
    </message>
    <message>
      <source>GAN losses</source>
      <translation>Потери GAN</translation>
    </message>
    <message>
      <source>GAN objective. Minimax: G minimises log(1 − D(G(z))), whose gradient vanishes while D wins; non-saturating: G maximises log D(G(z)) instead; least squares (LSGAN): squared distances to the labels.</source>
      <translation>Целевая функция GAN. Минимакс: G минимизирует log(1 − D(G(z))), чей градиент затухает, пока побеждает D; ненасыщающая: G вместо этого максимизирует log D(G(z)); наименьшие квадраты (LSGAN): квадраты расстояний до меток.</translation>
    </message>
    <message>
      <source>GAN: real vs generated</source>
      <translation>GAN: настоящие и сгенерированные</translation>
    </message>
    <message>
      <source>GPU (Apple MPS)</source>
      <translation>GPU (Apple MPS)</translation>
    </message>
    <message>
      <source>GPU (CUDA)</source>
      <translation>GPU (CUDA)</translation>
    </message>
    <message>
      <source>Gaps between the filter's taps: 2 spreads a 3×3 filter over 5×5 pixels without more weights.</source>
      <translation>Промежутки между элементами фильтра: 2 растягивает фильтр 3×3 на 5×5 пикселей без дополнительных весов.</translation>
    </message>
    <message>
      <source>Gate</source>
      <translation>Логический элемент</translation>
    </message>
    <message>
      <source>Gated recurrent unit: an update gate z mixes the old state with a new candidate, h_t = (1 − z_t)⊙ĥ_t + z_t⊙h_{t−1} (z near 1 keeps the old state); a reset gate r decides how much of the past the candidate ĥ_t sees.</source>
      <translation>Управляемый рекуррентный блок: вентиль обновления z смешивает старое состояние с новым кандидатом, h_t = (1 − z_t)⊙ĥ_t + z_t⊙h_{t−1} (z около 1 сохраняет старое состояние); вентиль сброса r определяет, сколько прошлого видит кандидат ĥ_t.</translation>
    </message>
    <message>
      <source>Gates over time</source>
      <translation>Вентили во времени</translation>
    </message>
    <message>
      <source>Gaussian noise (σ)</source>
      <translation>Гауссов шум (σ)</translation>
    </message>
    <message>
      <source>Gaussians</source>
      <translation>Гауссовы облака</translation>
    </message>
    <message>
      <source>Generated text</source>
      <translation>Сгенерированный текст</translation>
    </message>
    <message>
      <source>Generator G</source>
      <translation>Генератор G</translation>
    </message>
    <message>
      <source>Generator only</source>
      <translation>Только генератор</translation>
    </message>
    <message>
      <source>Generator updates per iteration (GAN).</source>
      <translation>Число обновлений генератора за итерацию (GAN).</translation>
    </message>
    <message>
      <source>Generator: {verdict}</source>
      <translation>Генератор: {verdict}</translation>
    </message>
    <message>
      <source>Gibbs steps of contrastive divergence (CD-k): 1 is Hinton's fast default; more steps follow the model's own distribution more closely, at k times the cost.</source>
      <translation>Шаги Гиббса в контрастивной дивергенции (CD-k): 1 — быстрое значение по умолчанию по Хинтону; с бо́льшим числом шагов цепь точнее следует собственному распределению модели, но в k раз дороже.</translation>
    </message>
    <message>
      <source>Give the hidden state of every step (time×hidden, for many-to-many or another recurrent layer), or only the last one (many-to-one).</source>
      <translation>Выдавать скрытое состояние каждого шага (время×hidden, для «многие ко многим» или другого рекуррентного слоя) или только последнее («многие к одному»).</translation>
    </message>
    <message>
      <source>Glorot (Xavier) normal</source>
      <translation>Glorot (Xavier), нормальная</translation>
    </message>
    <message>
      <source>Glorot (Xavier) uniform</source>
      <translation>Glorot (Xavier), равномерная</translation>
    </message>
    <message>
      <source>Glorot (tanh)</source>
      <translation>Glorot (tanh)</translation>
    </message>
    <message>
      <source>Gradient clipping</source>
      <translation>Обрезка градиентов</translation>
    </message>
    <message>
      <source>Gradient norm of each layer's parameters after the last step (log scale)</source>
      <translation>Норма градиента параметров каждого слоя после последнего шага (логарифмическая шкала)</translation>
    </message>
    <message>
      <source>Gradient through time</source>
      <translation>Градиент во времени</translation>
    </message>
    <message>
      <source>Gradients</source>
      <translation>Градиенты</translation>
    </message>
    <message>
      <source>Gradients appear after the first step</source>
      <translation>Градиенты появляются после первого шага</translation>
    </message>
    <message>
      <source>Gradients appear after the first training step</source>
      <translation>Градиенты появляются после первого шага обучения</translation>
    </message>
    <message>
      <source>Gradients are not finite in {layer}: lower the learning rate or turn on gradient clipping.</source>
      <translation>Градиенты в {layer} не конечны: уменьшите скорость обучения или включите обрезку градиентов.</translation>
    </message>
    <message>
      <source>Gradients explode toward the input: the first layer gets {ratio} the last layer's.</source>
      <translation>Градиенты взрываются по направлению ко входу: первый слой получает {ratio} градиента последнего слоя.</translation>
    </message>
    <message>
      <source>Gradients flow well: the first layer gets {ratio} of the last layer's.</source>
      <translation>Градиенты распространяются хорошо: первый слой получает {ratio} градиента последнего слоя.</translation>
    </message>
    <message>
      <source>Gradients flow well: the first layer gets {ratio} the last layer's.</source>
      <translation>Градиенты распространяются хорошо: первый слой получает {ratio} градиента последнего слоя.</translation>
    </message>
    <message>
      <source>Gradients vanish toward the input: the first layer gets {ratio} of the last layer's.</source>
      <translation>Градиенты затухают по направлению ко входу: первый слой получает {ratio} градиента последнего слоя.</translation>
    </message>
    <message>
      <source>Grey: the input sequence. The prediction for the step after t is drawn at t + 1, beside its target</source>
      <translation>Серым: входная последовательность. Прогноз для шага после t нарисован в t + 1, рядом с его целью</translation>
    </message>
    <message>
      <source>Grid of gaussians</source>
      <translation>Сетка гауссовых облаков</translation>
    </message>
    <message>
      <source>Hand-set weights: the network now computes with the new values</source>
      <translation>Веса заданы вручную: сеть теперь вычисляет с новыми значениями</translation>
    </message>
    <message>
      <source>He (Kaiming) normal</source>
      <translation>He (Kaiming), нормальная</translation>
    </message>
    <message>
      <source>He (Kaiming) uniform</source>
      <translation>He (Kaiming), равномерная</translation>
    </message>
    <message>
      <source>He (ReLU)</source>
      <translation>He (ReLU)</translation>
    </message>
    <message>
      <source>Header row</source>
      <translation>Строка заголовка</translation>
    </message>
    <message>
      <source>Healthy: the first step gets {ratio} of the last step's gradient — the early inputs still learn.</source>
      <translation>Норма: первый шаг получает {ratio} градиента последнего шага — ранние входы ещё обучаются.</translation>
    </message>
    <message>
      <source>Healthy: the first step gets {ratio} the last step's gradient — the early inputs still learn.</source>
      <translation>Норма: первый шаг получает {ratio} градиента последнего шага — ранние входы ещё обучаются.</translation>
    </message>
    <message>
      <source>Heaviside step</source>
      <translation>Пороговая (Хевисайда)</translation>
    </message>
    <message>
      <source>Hidden</source>
      <translation>Скрытый</translation>
    </message>
    <message>
      <source>Hidden layer {row}: Dense '{dense}' followed by {function} '{activation}'</source>
      <translation>Скрытый слой {row}: Dense '{dense}', за ним {function} '{activation}'</translation>
    </message>
    <message>
      <source>Hidden layers: {n}</source>
      <translation>Скрытые слои: {n}</translation>
    </message>
    <message>
      <source>Hidden layers: –</source>
      <translation>Скрытые слои: –</translation>
    </message>
    <message>
      <source>Hide &amp;Advanced Controls</source>
      <translation>Скрыть &amp;дополнительные параметры</translation>
    </message>
    <message>
      <source>Hide the lesson strip (it comes back with the next lesson)</source>
      <translation>Скрыть полосу урока (она появится со следующим уроком)</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>Высокий контраст</translation>
    </message>
    <message>
      <source>Histograms of each layer's outputs on up to 512 training points</source>
      <translation>Гистограммы выходов каждого слоя не более чем на 512 обучающих точках</translation>
    </message>
    <message>
      <source>Histograms of each trainable layer's weights (biases excluded)</source>
      <translation>Гистограммы весов каждого обучаемого слоя (без смещений)</translation>
    </message>
    <message>
      <source>History</source>
      <translation>История</translation>
    </message>
    <message>
      <source>How fast the running mean and variance follow the batches.</source>
      <translation>Как быстро скользящие среднее и дисперсия следуют за пакетами.</translation>
    </message>
    <message>
      <source>How gradients turn into weight updates.</source>
      <translation>Как градиенты превращаются в обновления весов.</translation>
    </message>
    <message>
      <source>How large the loss's gradient is at each step's hidden state, averaged over a batch (log scale). Backpropagation through time carries it from the last step back to the first</source>
      <translation>Величина градиента потерь в скрытом состоянии каждого шага, усреднённая по пакету (логарифмическая шкала). Обратное распространение во времени переносит его от последнего шага к первому</translation>
    </message>
    <message>
      <source>How many hidden units are drawn and what one tile shows</source>
      <translation>Сколько скрытых нейронов показано и что изображает одна плитка</translation>
    </message>
    <message>
      <source>How many of the layer's filters are drawn (the rest are left out to keep tiles large)</source>
      <translation>Сколько фильтров слоя показано (остальные пропущены, чтобы плитки были крупными)</translation>
    </message>
    <message>
      <source>How many of the most frequent words the map shows (the typed words always show)</source>
      <translation>Сколько самых частых слов показывает карта (введённые слова показываются всегда)</translation>
    </message>
    <message>
      <source>How many pixels the filter moves per step.</source>
      <translation>На сколько пикселей фильтр сдвигается за один шаг.</translation>
    </message>
    <message>
      <source>How many pixels the kernel moves per step.</source>
      <translation>На сколько пикселей ядро сдвигается за один шаг.</translation>
    </message>
    <message>
      <source>How many pixels the window moves per step.</source>
      <translation>На сколько пикселей окно сдвигается за один шаг.</translation>
    </message>
    <message>
      <source>How many rows of the truth table the network answers as the gate does</source>
      <translation>Во скольких строках таблицы истинности сеть отвечает так же, как логический элемент</translation>
    </message>
    <message>
      <source>How much the points are scattered (0: clean).</source>
      <translation>Насколько разбросаны точки (0: без шума).</translation>
    </message>
    <message>
      <source>How often the pretext task is answered right on the current batch; the dashed line is guessing</source>
      <translation>Как часто вспомогательная задача решается верно на текущем пакете; пунктир — случайное угадывание</translation>
    </message>
    <message>
      <source>How the new pixels are filled.</source>
      <translation>Как заполняются новые пиксели.</translation>
    </message>
    <message>
      <source>How the next character is drawn from the network's probabilities. Low (0.1): almost always the likeliest character — safe and repetitive. 1: the network's own probabilities. High (2): unlikely characters get through — adventurous, with more made-up words.</source>
      <translation>Как следующий символ выбирается из вероятностей сети. Низкая (0.1): почти всегда самый вероятный символ — надёжно и однообразно. 1: собственные вероятности сети. Высокая (2): проходят и маловероятные символы — смело, с большим числом выдуманных слов.</translation>
    </message>
    <message>
      <source>How the weights start</source>
      <translation>С чего начинаются веса</translation>
    </message>
    <message>
      <source>How the weights start.</source>
      <translation>Как инициализируются веса.</translation>
    </message>
    <message>
      <source>How the weights start. Glorot suits sigmoid/tanh, He suits ReLU, LeCun suits SELU; zeros keep all neurons identical forever.</source>
      <translation>Как инициализируются веса. Glorot подходит для сигмоиды/tanh, He — для ReLU, LeCun — для SELU; нули навсегда оставляют все нейроны одинаковыми.</translation>
    </message>
    <message>
      <source>How the weights start: small random normal values (σ 0.01, Hinton's advice) break the symmetry between hidden units without saturating them.</source>
      <translation>Как инициализируются веса: малые случайные значения из нормального распределения (σ 0.01, совет Хинтона) нарушают симметрию между скрытыми нейронами, не насыщая их.</translation>
    </message>
    <message>
      <source>Huber</source>
      <translation>Huber</translation>
    </message>
    <message>
      <source>Identity</source>
      <translation>Тождественная</translation>
    </message>
    <message>
      <source>Image and sequence models train on a GPU when this computer has one; small networks train on the CPU, where they are faster</source>
      <translation>Модели для изображений и последовательностей обучаются на GPU, если он есть на этом компьютере; небольшие сети — на CPU, где они быстрее</translation>
    </message>
    <message>
      <source>Image shape</source>
      <translation>Форма изображения</translation>
    </message>
    <message>
      <source>Images</source>
      <translation>Изображения</translation>
    </message>
    <message>
      <source>Import CSV</source>
      <translation>Импорт CSV</translation>
    </message>
    <message>
      <source>Import {file}</source>
      <translation>Импортировать {file}</translation>
    </message>
    <message>
      <source>In 'Gates over time' the forget gate stays near 1 along the whole sequence; accuracy jumps from 25% to 100%.</source>
      <translation>На панели «Вентили во времени» вентиль забывания держится около 1 на всей последовательности; точность подскакивает с 25% до 100%.</translation>
    </message>
    <message>
      <source>In 'Generated text' the output goes from random letters to words to rhyme-like lines; in the loss panel the test loss stops falling while the training loss keeps falling.</source>
      <translation>На панели «Сгенерированный текст» вывод переходит от случайных букв к словам и к строкам, похожим на стишки; на панели потерь потери на тесте перестают падать, а потери на обучении продолжают падать.</translation>
    </message>
    <message>
      <source>In 'Prediction vs target' the first predictions are guesses; after a few steps of the sequence the prediction follows the wave.</source>
      <translation>На панели «Прогноз и цель» первые прогнозы — догадки; через несколько шагов последовательности прогноз следует за волной.</translation>
    </message>
    <message>
      <source>In the activation curves panel compare the peaks of the slopes; in the boundary panel see how quickly the two moons are separated.</source>
      <translation>На панели кривых активации сравните пики наклонов; на панели границы решений посмотрите, как быстро разделяются два полумесяца.</translation>
    </message>
    <message>
      <source>In the activations panel the code layer's activity gathers near zero; the reconstructions sharpen as the loss falls.</source>
      <translation>На панели активаций активность слоя кода собирается около нуля; реконструкции становятся чётче по мере падения потерь.</translation>
    </message>
    <message>
      <source>In the filters panel the first layer's noisy 5×5 filters turn into edge and stroke detectors; the feature maps show which parts of a digit each filter answers to.</source>
      <translation>На панели фильтров шумные фильтры 5×5 первого слоя превращаются в детекторы краёв и штрихов; карты признаков показывают, на какие части цифры реагирует каждый фильтр.</translation>
    </message>
    <message>
      <source>In the gradient-norm panel the bars are of similar height from the first layer to the last; the loss drops within a few hundred steps.</source>
      <translation>На панели норм градиентов столбики имеют похожую высоту от первого слоя до последнего; потери падают за несколько сотен шагов.</translation>
    </message>
    <message>
      <source>In the gradient-norm panel the bars shrink layer by layer towards the input; the loss curve stays flat.</source>
      <translation>На панели норм градиентов столбики уменьшаются от слоя к слою по направлению ко входу; кривая потерь остаётся плоской.</translation>
    </message>
    <message>
      <source>In the latent-space panel the digits gather into regions by class; the reconstructions keep the rough shape and lose the details.</source>
      <translation>На панели латентного пространства цифры собираются в области по классам; реконструкции сохраняют общую форму и теряют детали.</translation>
    </message>
    <message>
      <source>Input / Output</source>
      <translation>Вход / Выход</translation>
    </message>
    <message>
      <source>Input corruption</source>
      <translation>Искажение входа</translation>
    </message>
    <message>
      <source>Input {port}: drop a wire from an output here</source>
      <translation>Вход {port}: перетащите сюда соединение от выхода</translation>
    </message>
    <message>
      <source>Input → Dense (1 unit) → Activation (step or sign) → Output (binary)</source>
      <translation>Вход → Dense (1 нейрон) → Активация (пороговая или знак) → Выход (бинарный)</translation>
    </message>
    <message>
      <source>Input: drop a wire from an output here</source>
      <translation>Вход: перетащите сюда соединение от выхода</translation>
    </message>
    <message>
      <source>Inputs fed to the network, computed from each point (x₁, x₂).</source>
      <translation>Входы сети, вычисленные из каждой точки (x₁, x₂).</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>Инспектор</translation>
    </message>
    <message>
      <source>Interleaved spiral arms, one per class: needs depth.</source>
      <translation>Переплетённые рукава спирали, по одному на класс: нужна глубина.</translation>
    </message>
    <message>
      <source>Joins its inputs side by side along the feature dimension.</source>
      <translation>Соединяет свои входы рядом по измерению признаков.</translation>
    </message>
    <message>
      <source>KL sparsity compares each unit's mean activation with ρ, so the values must lie between 0 and 1: put a Sigmoid activation right before it, or set sparsity β to 0</source>
      <translation>Разреженность KL сравнивает среднюю активацию каждого нейрона с ρ, поэтому значения должны лежать между 0 и 1: поставьте активацию-сигмоиду непосредственно перед ним или задайте разреженность β равной 0</translation>
    </message>
    <message>
      <source>Keep these weights fixed during training (transfer learning: keep what a pretrained layer learned).</source>
      <translation>Не изменять эти веса во время обучения (перенос обучения: сохранить то, чему научился предобученный слой).</translation>
    </message>
    <message>
      <source>Keep these weights fixed during training (transfer learning: keep what a pretrained layer learned). A frozen BatchNorm also keeps its running mean and variance and normalises with them, as after training.</source>
      <translation>Не изменять эти веса во время обучения (перенос обучения (transfer learning): сохранить то, чему научился предобученный слой). Замороженный BatchNorm также сохраняет своё скользящее среднее и дисперсию и нормализует с ними, как после обучения.</translation>
    </message>
    <message>
      <source>Keep training the old network</source>
      <translation>Продолжить обучение старой сети</translation>
    </message>
    <message>
      <source>Keeps the largest value of each window: the image gets smaller and a small shift of a pattern barely changes the result. Learns nothing.</source>
      <translation>Оставляет наибольшее значение каждого окна: изображение уменьшается, а небольшой сдвиг шаблона почти не меняет результат. Ничему не обучается.</translation>
    </message>
    <message>
      <source>Kernel</source>
      <translation>Ядро</translation>
    </message>
    <message>
      <source>Keyboard Shortcuts</source>
      <translation>Горячие клавиши</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Клавиши</translation>
    </message>
    <message>
      <source>L1</source>
      <translation>L1</translation>
    </message>
    <message>
      <source>L1 penalty rate: pushes weights to exactly zero.</source>
      <translation>Коэффициент штрафа L1: толкает веса ровно к нулю.</translation>
    </message>
    <message>
      <source>L2</source>
      <translation>L2</translation>
    </message>
    <message>
      <source>L2 penalty rate (weight decay): keeps weights small.</source>
      <translation>Коэффициент штрафа L2 (затухание весов): удерживает веса малыми.</translation>
    </message>
    <message>
      <source>Labelled training images per class: the rest of the training split is left out, the test split stays whole (0: all of them).</source>
      <translation>Размеченные обучающие изображения на класс: остальная обучающая часть отброшена, тестовая часть остаётся полной (0: все).</translation>
    </message>
    <message>
      <source>Labels are expensive, images are cheap. Self-supervised learning invents a task whose answer comes from the image itself: cut a 3×3 grid of 8×8 patches from a digit, show the network the centre patch and one of its 8 neighbours, and ask which neighbour it is (guessing gives 12.5 %). Both patches pass through the design's two convolution layers; a small extra head joins the two results and names the position. To answer, the convolutions must learn what strokes look like and how they go on. For the first 300 steps this pretext task trains on all 2000 unlabelled images; then the convolutions are frozen (❄) and only the Dense layer learns the digits 5–9 from 10 labelled images of each. The scratch variant trains the whole network on those 50 images all along; the third starts from convolutions trained with labels on the digits 0–4. To see what the pretext itself adds, set Pretraining to None and press Reset: frozen random filters alone reach about 0.85 here (with 50 images, freezing already helps), the pretext-trained ones about 0.87.</source>
      <translation>Метки дороги, изображения дёшевы. Самообучение придумывает задачу, ответ на которую берётся из самого изображения: вырежьте из цифры сетку 3×3 фрагментов 8×8, покажите сети центральный фрагмент и одного из 8 его соседей и спросите, какой это сосед (случайное угадывание даёт 12.5 %). Оба фрагмента проходят через два свёрточных слоя схемы; небольшая дополнительная выходная часть объединяет два результата и называет положение. Чтобы ответить, свёртки должны узнать, как выглядят штрихи и как они продолжаются. Первые 300 шагов эта вспомогательная задача обучается на всех 2000 неразмеченных изображениях; затем свёртки замораживаются (❄), и только слой Dense учит цифры 5–9 по 10 размеченным изображениям каждой. Вариант «с нуля» всё время обучает всю сеть на этих 50 изображениях; третий стартует со свёрток, обученных с метками на цифрах 0–4. Чтобы увидеть, что добавляет сама вспомогательная задача, задайте «Предобучение» равным «Нет» и нажмите «Сбросить»: одни лишь замороженные случайные фильтры достигают здесь около 0.85 (при 50 изображениях заморозка уже помогает), а обученные на вспомогательной задаче — около 0.87.</translation>
    </message>
    <message>
      <source>Latent space</source>
      <translation>Латентное пространство</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Слой</translation>
    </message>
    <message>
      <source>Layers</source>
      <translation>Слои</translation>
    </message>
    <message>
      <source>Lays an image (channels×height×width) out as one flat vector of C·H·W values, so Dense layers can take it. A flat vector passes through unchanged.</source>
      <translation>Разворачивает изображение (каналы×высота×ширина) в один плоский вектор из C·H·W значений, чтобы его могли принять слои Dense. Плоский вектор проходит без изменений.</translation>
    </message>
    <message>
      <source>LeCun normal</source>
      <translation>LeCun, нормальная</translation>
    </message>
    <message>
      <source>Leaky ReLU</source>
      <translation>Leaky ReLU</translation>
    </message>
    <message>
      <source>Leaky ReLU: a small slope for negative inputs keeps units alive.</source>
      <translation>Leaky ReLU: малый наклон для отрицательных входов сохраняет нейроны живыми.</translation>
    </message>
    <message>
      <source>Learn features without labels before backprop: greedy contrastive divergence trains the RBM layers one at a time (a deep belief net); the relative-position pretext trains the convolutions to tell where a patch of an image lies next to another. Then the labels fine-tune the network.</source>
      <translation>Обучение признаков без меток до обратного распространения ошибки: жадная контрастивная дивергенция обучает слои RBM по одному (глубокая сеть доверия); вспомогательная задача взаимного расположения учит свёртки определять, где фрагмент изображения лежит относительно другого. Затем метки дообучают сеть.</translation>
    </message>
    <message>
      <source>Learnable values (weights and biases) of the whole design</source>
      <translation>Обучаемые значения (веса и смещения) всей схемы</translation>
    </message>
    <message>
      <source>Learning rate</source>
      <translation>Скорость обучения</translation>
    </message>
    <message>
      <source>Learning rate: the size of each update step.</source>
      <translation>Скорость обучения: размер каждого шага обновления.</translation>
    </message>
    <message>
      <source>Least squares (LSGAN)</source>
      <translation>Наименьшие квадраты (LSGAN)</translation>
    </message>
    <message>
      <source>Leave Presentation Mode</source>
      <translation>Выйти из режима презентации</translation>
    </message>
    <message>
      <source>Leave presentation mode</source>
      <translation>Выйти из режима презентации</translation>
    </message>
    <message>
      <source>Length of each symbol's vector.</source>
      <translation>Длина вектора каждого символа.</translation>
    </message>
    <message>
      <source>Length of the noise vector z.</source>
      <translation>Длина вектора шума z.</translation>
    </message>
    <message>
      <source>Lesson</source>
      <translation>Урок</translation>
    </message>
    <message>
      <source>Lesson: {title}</source>
      <translation>Урок: {title}</translation>
    </message>
    <message>
      <source>Lessons</source>
      <translation>Уроки</translation>
    </message>
    <message>
      <source>Lessons in course order. Double-click or press Enter to open one.</source>
      <translation>Уроки в порядке курса. Дважды щёлкните или нажмите Enter, чтобы открыть урок.</translation>
    </message>
    <message>
      <source>Lewis Carroll's Alice's Adventures in Wonderland (public domain, 27,000 words), read as words: word2vec learns a vector per word from the words around it.</source>
      <translation>«Приключения Алисы в Стране чудес» Льюиса Кэрролла (общественное достояние, 27 000 слов), прочитанные как слова: word2vec выучивает вектор для каждого слова по окружающим его словам.</translation>
    </message>
    <message>
      <source>Lewis Carroll, Alice's Adventures in Wonderland (1865), public domain</source>
      <translation>Льюис Кэрролл, «Приключения Алисы в Стране чудес» (1865), общественное достояние</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Светлая</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Линия</translation>
    </message>
    <message>
      <source>Live</source>
      <translation>Текущее состояние</translation>
    </message>
    <message>
      <source>Loading panels…</source>
      <translation>Загрузка панелей…</translation>
    </message>
    <message>
      <source>Loading sample {wanted}… (showing sample {shown})</source>
      <translation>Загрузка образца {wanted}… (показан образец {shown})</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <source>Log scale</source>
      <translation>Логарифмическая шкала</translation>
    </message>
    <message>
      <source>Logarithmic loss axis: shows progress once the loss is small</source>
      <translation>Логарифмическая ось потерь: показывает прогресс, когда потери уже малы</translation>
    </message>
    <message>
      <source>Logic gate (0/1 inputs)</source>
      <translation>Логический элемент (входы 0/1)</translation>
    </message>
    <message>
      <source>Long short-term memory: a cell state c_t carried by gates, c_t = f_t⊙c_{t−1} + i_t⊙g_t, h_t = o_t⊙tanh(c_t). The forget gate f lets gradients flow through many steps.</source>
      <translation>Долгая краткосрочная память: состояние ячейки c_t, управляемое вентилями, c_t = f_t⊙c_{t−1} + i_t⊙g_t, h_t = o_t⊙tanh(c_t). Вентиль забывания f позволяет градиентам проходить через много шагов.</translation>
    </message>
    <message>
      <source>Loss</source>
      <translation>Потери</translation>
    </message>
    <message>
      <source>Loss and accuracy</source>
      <translation>Потери и точность</translation>
    </message>
    <message>
      <source>Lowest test loss: {label} ({loss})</source>
      <translation>Наименьшие потери на тесте: {label} ({loss})</translation>
    </message>
    <message>
      <source>MLP and backprop</source>
      <translation>MLP и обратное распространение ошибки</translation>
    </message>
    <message>
      <source>MNIST subset (Y. LeCun, C. Cortes, C. J. C. Burges), CC BY-SA 3.0</source>
      <translation>Подмножество MNIST (Y. LeCun, C. Cortes, C. J. C. Burges), CC BY-SA 3.0</translation>
    </message>
    <message>
      <source>Makes the image larger by a whole factor, copying or blending pixels. Learns nothing; put a Conv2d after it to refine the result (a common decoder step).</source>
      <translation>Увеличивает изображение в целое число раз, копируя или смешивая пиксели. Ничему не обучается; поставьте после него Conv2d, чтобы уточнить результат (типичный шаг декодера).</translation>
    </message>
    <message>
      <source>Marks the code (bottleneck) of an autoencoder: passes values through unchanged, and is what the latent-space view plots and decodes. With sparsity β &gt; 0 it adds β·Σⱼ KL(ρ‖ρ̂ⱼ) to the loss, pushing each unit's mean activation ρ̂ⱼ towards ρ (put a Sigmoid before it).</source>
      <translation>Отмечает код (узкое место) автокодировщика: пропускает значения без изменений, и именно его отображает и декодирует панель латентного пространства. При разреженности β &gt; 0 добавляет к потерям β·Σⱼ KL(ρ‖ρ̂ⱼ), подталкивая среднюю активацию ρ̂ⱼ каждого нейрона к ρ (поставьте перед ним сигмоиду).</translation>
    </message>
    <message>
      <source>Masking (share of pixels)</source>
      <translation>Маскирование (доля пикселей)</translation>
    </message>
    <message>
      <source>McCulloch and Pitts modelled a neuron as a unit with binary inputs that fires when enough of them are active: y = 1 if w₁x₁ + w₂x₂ ≥ θ, else 0. Nothing is learned here: the weights and the threshold are set by hand in the inspector (select the neuron). With weights 1, 1 and θ = 2 the neuron fires only when both inputs are 1: AND. Now set θ to 1: the table turns red in rows 01 and 10, because the neuron now fires when at least one input is active. Switch the data's gate to OR and every row is green again: the same neuron computes OR. Try NAND too (weights -1, -1 and θ = -1).</source>
      <translation>Мак-Каллок и Питтс моделировали нейрон как элемент с бинарными входами, который срабатывает, когда активно достаточно много входов: y = 1, если w₁x₁ + w₂x₂ ≥ θ, иначе 0. Здесь ничего не обучается: веса и порог задаются вручную в инспекторе (выделите нейрон). При весах 1, 1 и θ = 2 нейрон срабатывает, только когда оба входа равны 1: AND. Теперь задайте θ = 1: таблица краснеет в строках 01 и 10, потому что нейрон теперь срабатывает, когда активен хотя бы один вход. Переключите логический элемент в данных на OR — и все строки снова зелёные: тот же нейрон вычисляет OR. Попробуйте и NAND (веса -1, -1 и θ = -1).</translation>
    </message>
    <message>
      <source>McCulloch–Pitts neuron (1943): binary inputs, weights set by hand, output 1 when the weighted sum reaches the threshold, y = 1 if Σ wᵢxᵢ ≥ θ, else 0. A positive weight excites, a negative weight inhibits. Nothing is learned: edit the weights and θ and watch the truth table.</source>
      <translation>Нейрон Мак-Каллока — Питтса (1943): бинарные входы, веса задаются вручную, выход 1, когда взвешенная сумма достигает порога, y = 1, если Σ wᵢxᵢ ≥ θ, иначе 0. Положительный вес возбуждает, отрицательный тормозит. Ничего не обучается: меняйте веса и θ и следите за таблицей истинности.</translation>
    </message>
    <message>
      <source>McCulloch–Pitts neurons: AND and OR by hand</source>
      <translation>Нейроны Мак-Каллока — Питтса: AND и OR вручную</translation>
    </message>
    <message>
      <source>McCulloch–Pitts neurons: NOT with an inhibitory input</source>
      <translation>Нейроны Мак-Каллока — Питтса: NOT с тормозящим входом</translation>
    </message>
    <message>
      <source>McCulloch–Pitts neurons: XOR needs two layers</source>
      <translation>Нейроны Мак-Каллока — Питтса: для XOR нужны два слоя</translation>
    </message>
    <message>
      <source>Mean absolute error</source>
      <translation>Средняя абсолютная ошибка</translation>
    </message>
    <message>
      <source>Mean free energy F(v) = −b_v·v − Σ softplus(Wv + b_h); P(v) ∝ exp(−F(v)). When the training data's free energy falls below the test data's, the RBM is starting to overfit</source>
      <translation>Средняя свободная энергия F(v) = −b_v·v − Σ softplus(Wv + b_h); P(v) ∝ exp(−F(v)). Когда свободная энергия обучающих данных опускается ниже, чем у тестовых, RBM начинает переобучаться</translation>
    </message>
    <message>
      <source>Mean squared difference between the test inputs and their reconstructions, over the whole test set</source>
      <translation>Средний квадрат разности между тестовыми входами и их реконструкциями по всей тестовой выборке</translation>
    </message>
    <message>
      <source>Mean squared difference between the visible units and their reconstruction after k Gibbs steps: it falls as the hidden units learn to describe the data</source>
      <translation>Средний квадрат разности между видимыми нейронами и их реконструкцией после k шагов Гиббса: уменьшается по мере того, как скрытые нейроны учатся описывать данные</translation>
    </message>
    <message>
      <source>Mean squared difference between the visible units and their reconstructions after k Gibbs steps, over 500 test samples</source>
      <translation>Средний квадрат разности между видимыми нейронами и их реконструкциями после k шагов Гиббса по 500 тестовым образцам</translation>
    </message>
    <message>
      <source>Mean squared error</source>
      <translation>Среднеквадратичная ошибка</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Объединение</translation>
    </message>
    <message>
      <source>Metric History (CSV)…</source>
      <translation>История метрик (CSV)…</translation>
    </message>
    <message>
      <source>Minimax (original)</source>
      <translation>Минимакс (исходная)</translation>
    </message>
    <message>
      <source>Minimum count</source>
      <translation>Минимальная частота</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Режим</translation>
    </message>
    <message>
      <source>Mode collapse</source>
      <translation>Коллапс мод</translation>
    </message>
    <message>
      <source>Momentum</source>
      <translation>Импульс (momentum)</translation>
    </message>
    <message>
      <source>Moons</source>
      <translation>Полумесяцы</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Перемещать</translation>
    </message>
    <message>
      <source>Multi-class classification</source>
      <translation>Многоклассовая классификация</translation>
    </message>
    <message>
      <source>Multi-gaussian</source>
      <translation>Несколько гауссовых горбов</translation>
    </message>
    <message>
      <source>Multiplies every optimizer's learning rate (×0.1 … ×10): too large and the paths overshoot or leave</source>
      <translation>Умножает скорость обучения каждого оптимизатора (×0.1 … ×10): если она слишком велика, траектории проскакивают минимум или уходят за пределы</translation>
    </message>
    <message>
      <source>Multiplies the recurrent weights W_hh after init. Backprop through time multiplies by W_hh once per step: a gain above 1 makes the gradients explode, below 1 vanish.</source>
      <translation>Умножает рекуррентные веса W_hh после инициализации. Обратное распространение во времени умножает на W_hh один раз на каждом шаге: усиление больше 1 вызывает взрыв градиентов, меньше 1 — их затухание.</translation>
    </message>
    <message>
      <source>NAND</source>
      <translation>NAND</translation>
    </message>
    <message>
      <source>NAdam</source>
      <translation>NAdam</translation>
    </message>
    <message>
      <source>NN Playground did not close properly last time. The design “{name}” has changes that were not saved (autosaved {when}).

Restore it?</source>
      <translation>В прошлый раз NN Playground закрылся некорректно. В схеме «{name}» есть несохранённые изменения (автосохранение {when}).

Восстановить её?</translation>
    </message>
    <message>
      <source>NN Playground panel</source>
      <translation>Панель NN Playground</translation>
    </message>
    <message>
      <source>NN Playground projects (*.json);;All files (*)</source>
      <translation>Проекты NN Playground (*.json);;Все файлы (*)</translation>
    </message>
    <message>
      <source>NOR</source>
      <translation>NOR</translation>
    </message>
    <message>
      <source>NOT (one input)</source>
      <translation>NOT (один вход)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Nearest (copy each pixel)</source>
      <translation>Ближайший сосед (копировать каждый пиксель)</translation>
    </message>
    <message>
      <source>Nearest words</source>
      <translation>Ближайшие слова</translation>
    </message>
    <message>
      <source>Negatives (k)</source>
      <translation>Отрицательные примеры (k)</translation>
    </message>
    <message>
      <source>Nesterov</source>
      <translation>Нестеров</translation>
    </message>
    <message>
      <source>Nesterov momentum</source>
      <translation>Импульс Нестерова</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Сеть</translation>
    </message>
    <message>
      <source>Neurons</source>
      <translation>Нейроны</translation>
    </message>
    <message>
      <source>Neurons per step.</source>
      <translation>Нейронов на шаг.</translation>
    </message>
    <message>
      <source>New points you click get this class</source>
      <translation>Новые точки, которые вы добавляете щелчком, получают этот класс</translation>
    </message>
    <message>
      <source>New shape of one sample without the batch, e.g. [1, 28, 28] (channels, height, width) or [64].</source>
      <translation>Новая форма одного образца без пакета, например [1, 28, 28] (каналы, высота, ширина) или [64].</translation>
    </message>
    <message>
      <source>No CSV file chosen yet: press Choose CSV… in the Data panel.</source>
      <translation>CSV-файл ещё не выбран: нажмите «Выбрать CSV…» на панели «Данные».</translation>
    </message>
    <message>
      <source>No convolution layer in the design</source>
      <translation>В схеме нет свёрточного слоя</translation>
    </message>
    <message>
      <source>No gradient reaches the last step's hidden state yet: take a training step.</source>
      <translation>До скрытого состояния последнего шага ещё не доходит градиент: выполните шаг обучения.</translation>
    </message>
    <message>
      <source>No gradients yet: take a training step.</source>
      <translation>Градиентов ещё нет: выполните шаг обучения.</translation>
    </message>
    <message>
      <source>No images chosen yet: pick a folder of class folders or an .npz file in the Data panel.</source>
      <translation>Изображения ещё не выбраны: выберите на панели «Данные» папку с папками классов или файл .npz.</translation>
    </message>
    <message>
      <source>No lessons found</source>
      <translation>Уроки не найдены</translation>
    </message>
    <message>
      <source>No plot is shown: open one from View → Plots first.</source>
      <translation>Ни один график не показан: сначала откройте его через Вид → Графики.</translation>
    </message>
    <message>
      <source>No presets installed</source>
      <translation>Примеры не установлены</translation>
    </message>
    <message>
      <source>No recent files</source>
      <translation>Нет недавних файлов</translation>
    </message>
    <message>
      <source>No target column chosen: {fix}.</source>
      <translation>Не выбран целевой столбец: {fix}.</translation>
    </message>
    <message>
      <source>No training yet</source>
      <translation>Обучения ещё не было</translation>
    </message>
    <message>
      <source>Noise</source>
      <translation>Шум</translation>
    </message>
    <message>
      <source>Non-saturating</source>
      <translation>Ненасыщающая</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>None of the chosen digits are in {file}: choose other digits.</source>
      <translation>Ни одной из выбранных цифр нет в {file}: выберите другие цифры.</translation>
    </message>
    <message>
      <source>Nonlinearity</source>
      <translation>Нелинейность</translation>
    </message>
    <message>
      <source>Normal N(0, 1)</source>
      <translation>Нормальная N(0, 1)</translation>
    </message>
    <message>
      <source>Normal with sigma</source>
      <translation>Нормальная с сигмой</translation>
    </message>
    <message>
      <source>Normalises each feature over the batch to mean 0 and variance 1, then scales and shifts it (γ, β).</source>
      <translation>Нормализует каждый признак по пакету к среднему 0 и дисперсии 1, затем масштабирует и сдвигает его (γ, β).</translation>
    </message>
    <message>
      <source>Not finite: the gradient blew up on its way back. Lower the learning rate or clip the gradients.</source>
      <translation>Не конечное: градиент взорвался на обратном пути. Уменьшите скорость обучения или обрежьте градиенты.</translation>
    </message>
    <message>
      <source>Not in the vocabulary: {words}. Only words seen often enough in the text get a vector (see the data settings).</source>
      <translation>Нет в словаре: {words}. Вектор получают только слова, достаточно часто встречающиеся в тексте (см. настройки данных).</translation>
    </message>
    <message>
      <source>Nothing is compared: use Compare ▸ Compare With a Copy</source>
      <translation>Ничего не сравнивается: воспользуйтесь «Сравнение ▸ Сравнить с копией»</translation>
    </message>
    <message>
      <source>Nothing to learn: the weights are set by hand. Edit them in the inspector and the network follows</source>
      <translation>Обучать нечего: веса заданы вручную. Измените их в инспекторе, и сеть последует за ними</translation>
    </message>
    <message>
      <source>NumPy archives (*.npz);;All files (*)</source>
      <translation>Архивы NumPy (*.npz);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Number of classes (spiral and gaussians; for your images, counted when the file is loaded).</source>
      <translation>Число классов (спираль и гауссовы облака; для ваших изображений определяется при загрузке файла).</translation>
    </message>
    <message>
      <source>Number of different symbols (ids 0 … vocabulary − 1); at least the data's alphabet.</source>
      <translation>Число различных символов (id 0 … словарь − 1); не меньше алфавита данных.</translation>
    </message>
    <message>
      <source>Number of filters = number of output channels (feature maps).</source>
      <translation>Число фильтров = число выходных каналов (карт признаков).</translation>
    </message>
    <message>
      <source>Number of hidden units h (the layer's outputs).</source>
      <translation>Число скрытых нейронов h (выходов слоя).</translation>
    </message>
    <message>
      <source>Number of learnable values (weights and biases) of this layer</source>
      <translation>Число обучаемых значений (весов и смещений) этого слоя</translation>
    </message>
    <message>
      <source>Number of neurons (outputs) of the layer.</source>
      <translation>Число нейронов (выходов) слоя.</translation>
    </message>
    <message>
      <source>Number of points (or sequences), train and test together.</source>
      <translation>Число точек (или последовательностей), обучающие и тестовые вместе.</translation>
    </message>
    <message>
      <source>Nursery rhymes (characters)</source>
      <translation>Детские стишки (символы)</translation>
    </message>
    <message>
      <source>ONNX model (.onnx)</source>
      <translation>Модель ONNX (.onnx)</translation>
    </message>
    <message>
      <source>ONNX opset {opset}, input "input" {input}, output "output", any batch size</source>
      <translation>ONNX opset {opset}, вход "input" {input}, выход "output", любой размер пакета</translation>
    </message>
    <message>
      <source>OR</source>
      <translation>OR</translation>
    </message>
    <message>
      <source>One .onnx file (opset 18) for onnxruntime, Netron and other frameworks. Any batch size.</source>
      <translation>Один файл .onnx (opset 18) для onnxruntime, Netron и других фреймворков. Любой размер пакета.</translation>
    </message>
    <message>
      <source>One column per test image: the input, what the network received (denoising only) and its reconstruction. Every row uses the same grey levels, 0 black to 1 white.</source>
      <translation>По одному столбцу на тестовое изображение: вход, то, что получила сеть (только при шумоподавлении), и её реконструкция. Все строки используют одинаковые уровни серого: 0 — чёрный, 1 — белый.</translation>
    </message>
    <message>
      <source>One column per test sample: what the RBM's visible units hold (the image for the first RBM) and the probabilities P(v=1|h) after k rounds of sampling h from v and v from h. 0 black, 1 white.</source>
      <translation>По столбцу на тестовый образец: что содержат видимые нейроны RBM (для первой RBM — изображение) и вероятности P(v=1|h) после k циклов сэмплирования h по v и v по h. 0 — чёрный, 1 — белый.</translation>
    </message>
    <message>
      <source>One curve per recurrent layer (its top layer, forward direction)</source>
      <translation>По одной кривой на рекуррентный слой (его верхний слой, прямое направление)</translation>
    </message>
    <message>
      <source>One epoch</source>
      <translation>Одна эпоха</translation>
    </message>
    <message>
      <source>One gaussian blob per class.</source>
      <translation>Одно гауссово облако на класс.</translation>
    </message>
    <message>
      <source>One hidden layer of 8 ReLU units solves XOR: the hidden units bend the plane so one line separates it.</source>
      <translation>Один скрытый слой из 8 нейронов ReLU решает XOR: скрытые нейроны изгибают плоскость так, что одна прямая её разделяет.</translation>
    </message>
    <message>
      <source>One network, one circle, two losses: binary cross-entropy against the mean squared error of the probability.</source>
      <translation>Одна сеть, один круг, две функции потерь: бинарная кросс-энтропия против среднеквадратичной ошибки вероятности.</translation>
    </message>
    <message>
      <source>One network, one data set, one seed, one learning rate (0.01): only the optimizer differs. Plain SGD takes small steps along the gradient; momentum and Nesterov build up speed along a steady direction; AdaGrad, RMSProp, Adam and NAdam scale each weight's step by its gradient history.</source>
      <translation>Одна сеть, один набор данных, одно начальное значение (seed), одна скорость обучения (0.01): различается только оптимизатор. Обычный SGD делает маленькие шаги вдоль градиента; импульс (momentum) и метод Нестерова набирают скорость в устойчивом направлении; AdaGrad, RMSProp, Adam и NAdam масштабируют шаг каждого веса по истории его градиентов.</translation>
    </message>
    <message>
      <source>One neuron fewer in '{name}'</source>
      <translation>На один нейрон меньше в '{name}'</translation>
    </message>
    <message>
      <source>One neuron more in '{name}'</source>
      <translation>На один нейрон больше в '{name}'</translation>
    </message>
    <message>
      <source>One pair of patches for each of the 8 positions, from the same unlabelled digits every time. A black neighbour (background only) cannot be placed by anyone: such pairs keep the pretext accuracy well below 100 %</source>
      <translation>По одной паре фрагментов для каждой из 8 позиций, каждый раз из одних и тех же неразмеченных цифр. Чёрного соседа (только фон) не сможет расположить никто: из-за таких пар точность вспомогательной задачи остаётся заметно ниже 100 %</translation>
    </message>
    <message>
      <source>One step</source>
      <translation>Один шаг</translation>
    </message>
    <message>
      <source>One time step: there is no path back through time to judge.</source>
      <translation>Один временной шаг: нет пути назад во времени, который можно оценить.</translation>
    </message>
    <message>
      <source>One trainable layer ({layer}): its gradient norm is {norm}.</source>
      <translation>Один обучаемый слой ({layer}): норма его градиента — {norm}.</translation>
    </message>
    <message>
      <source>One weight per input, in the order the inputs arrive, separated by commas: positive excites, negative inhibits (e.g. 1, 1 for AND and OR, -1 for NOT).</source>
      <translation>По одному весу на вход, в порядке поступления входов, через запятую: положительный возбуждает, отрицательный тормозит (например, 1, 1 для AND и OR, -1 для NOT).</translation>
    </message>
    <message>
      <source>Open &amp;Preset</source>
      <translation>Открыть &amp;пример</translation>
    </message>
    <message>
      <source>Open Lesson</source>
      <translation>Открыть урок</translation>
    </message>
    <message>
      <source>Open a project file</source>
      <translation>Открыть файл проекта</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Открыть проект</translation>
    </message>
    <message>
      <source>Open the lesson's design in the editor, ready to train</source>
      <translation>Открыть схему урока в редакторе, готовую к обучению</translation>
    </message>
    <message>
      <source>Optimizer</source>
      <translation>Оптимизатор</translation>
    </message>
    <message>
      <source>Optimizers</source>
      <translation>Оптимизаторы</translation>
    </message>
    <message>
      <source>Optimizers on a loss surface</source>
      <translation>Оптимизаторы на поверхности потерь</translation>
    </message>
    <message>
      <source>Orthogonal recurrent weights</source>
      <translation>Ортогональные рекуррентные веса</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Выход</translation>
    </message>
    <message>
      <source>Output padding</source>
      <translation>Дополнение выхода (output padding)</translation>
    </message>
    <message>
      <source>Output: drag from here to a layer's input to connect them</source>
      <translation>Выход: перетащите отсюда ко входу слоя, чтобы соединить их</translation>
    </message>
    <message>
      <source>P</source>
      <translation>P</translation>
    </message>
    <message>
      <source>PASS</source>
      <translation>ПРОЙДЕНО</translation>
    </message>
    <message>
      <source>PC 1</source>
      <translation>ГК 1</translation>
    </message>
    <message>
      <source>PC 2</source>
      <translation>ГК 2</translation>
    </message>
    <message>
      <source>PCA projection of the {units} units of {layer} (first two components) · {n} test samples</source>
      <translation>Проекция PCA нейронов слоя {layer} ({units}; первые две компоненты) · тестовых образцов: {n}</translation>
    </message>
    <message>
      <source>Padding</source>
      <translation>Дополнение (padding)</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Параметры</translation>
    </message>
    <message>
      <source>Parameters: {count}</source>
      <translation>Параметров: {count}</translation>
    </message>
    <message>
      <source>Paste</source>
      <translation>Вставить</translation>
    </message>
    <message>
      <source>Paste layers from the clipboard</source>
      <translation>Вставить слои из буфера обмена</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Пауза</translation>
    </message>
    <message>
      <source>Pause training (Space)</source>
      <translation>Приостановить обучение (Space)</translation>
    </message>
    <message>
      <source>Pause, then drag back through training: every plot shows the network as it was</source>
      <translation>Приостановите и перематывайте обучение назад: каждый график показывает сеть такой, какой она была</translation>
    </message>
    <message>
      <source>Peephole connections: the gates also see the cell state, f_t = σ(W_f·[h_{t−1}, x_t] + w_cf⊙C_{t−1} + b_f), i_t = σ(W_i·[h_{t−1}, x_t] + w_ci⊙C_{t−1} + b_i), o_t = σ(W_o·[h_{t−1}, x_t] + w_co⊙C_t + b_o) (one weight per cell unit and gate, starting at 0). Torch has no fused peephole layer: the steps run one at a time, slower.</source>
      <translation>Связи «замочные скважины» (peepholes): вентили видят и состояние ячейки, f_t = σ(W_f·[h_{t−1}, x_t] + w_cf⊙C_{t−1} + b_f), i_t = σ(W_i·[h_{t−1}, x_t] + w_ci⊙C_{t−1} + b_i), o_t = σ(W_o·[h_{t−1}, x_t] + w_co⊙C_t + b_o) (по одному весу на нейрон ячейки и вентиль, начальное значение 0). В torch нет слитного слоя с «замочными скважинами»: шаги выполняются по одному, медленнее.</translation>
    </message>
    <message>
      <source>Peephole vs plain LSTM</source>
      <translation>LSTM с «замочными скважинами» против обычной</translation>
    </message>
    <message>
      <source>Peepholes</source>
      <translation>«Замочные скважины»</translation>
    </message>
    <message>
      <source>Perceptron</source>
      <translation>Перцептрон</translation>
    </message>
    <message>
      <source>Perceptron learns AND</source>
      <translation>Перцептрон изучает AND</translation>
    </message>
    <message>
      <source>Perceptron learns OR</source>
      <translation>Перцептрон обучается OR</translation>
    </message>
    <message>
      <source>Perceptron rule</source>
      <translation>Правило перцептрона</translation>
    </message>
    <message>
      <source>Persistent CD</source>
      <translation>Персистентная CD</translation>
    </message>
    <message>
      <source>Persistent CD: the Gibbs chains go on from where the last update left them instead of starting at the data, so they explore the model's distribution further (Tieleman 2008).</source>
      <translation>Персистентная CD: цепи Гиббса продолжаются с того места, где их оставило последнее обновление, а не начинаются с данных, поэтому они дальше исследуют распределение модели (Тилеман, 2008).</translation>
    </message>
    <message>
      <source>Pick a CSV table, then its target and feature columns</source>
      <translation>Выберите таблицу CSV, затем её целевой столбец и столбцы признаков</translation>
    </message>
    <message>
      <source>Pick a folder holding one sub-folder of images per class</source>
      <translation>Выберите папку, содержащую по одной подпапке с изображениями для каждого класса</translation>
    </message>
    <message>
      <source>Pick an .npz file with an 'images' array (N×H×W or N×H×W×C) and 'labels'</source>
      <translation>Выберите файл .npz с массивом 'images' (N×H×W или N×H×W×C) и 'labels'</translation>
    </message>
    <message>
      <source>Pixels added around the image before pooling (at most half the window).</source>
      <translation>Пиксели, добавляемые вокруг изображения перед пулингом (не более половины окна).</translation>
    </message>
    <message>
      <source>Plain (Elman) recurrent layer: h_t = tanh(W_xh·x_t + W_hh·h_{t−1} + b). Its gradients through time are products of W_hh and tanh′ per step, so they vanish (or explode) over long sequences.</source>
      <translation>Простой (Элмана) рекуррентный слой: h_t = tanh(W_xh·x_t + W_hh·h_{t−1} + b). Его градиенты во времени — произведения W_hh и tanh′ на каждом шаге, поэтому на длинных последовательностях они затухают (или взрываются).</translation>
    </message>
    <message>
      <source>Plain LSTM</source>
      <translation>Обычная LSTM</translation>
    </message>
    <message>
      <source>Plane</source>
      <translation>Плоскость</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Пуск</translation>
    </message>
    <message>
      <source>Play / Pause</source>
      <translation>Пуск / Пауза</translation>
    </message>
    <message>
      <source>Play / Pause (a tap; hold and drag to pan the canvas)</source>
      <translation>Пуск / Пауза (нажатие; удерживайте и перетаскивайте, чтобы панорамировать холст)</translation>
    </message>
    <message>
      <source>Plots as Images (PNG and SVG)…</source>
      <translation>Графики как изображения (PNG и SVG)…</translation>
    </message>
    <message>
      <source>Points along a slanted line segment.</source>
      <translation>Точки вдоль наклонного отрезка.</translation>
    </message>
    <message>
      <source>Points per update step.</source>
      <translation>Точек на шаг обновления.</translation>
    </message>
    <message>
      <source>Points you draw on the data preview (click or drag; the samples scatter around them).</source>
      <translation>Точки, которые вы рисуете в предпросмотре данных (щёлкните или ведите мышью; образцы разбрасываются вокруг них).</translation>
    </message>
    <message>
      <source>Pop &amp;Out</source>
      <translation>&amp;Открепить</translation>
    </message>
    <message>
      <source>Pop Out {panel}</source>
      <translation>Открепить {panel}</translation>
    </message>
    <message>
      <source>Predict</source>
      <translation>Прогноз</translation>
    </message>
    <message>
      <source>Predict {target} ({what}) from {n} feature columns.</source>
      <translation>Предсказывать {target} ({what}) по столбцам признаков (количество: {n}).</translation>
    </message>
    <message>
      <source>Prediction vs target</source>
      <translation>Прогноз и цель</translation>
    </message>
    <message>
      <source>Presentation &amp;Text Size</source>
      <translation>Размер &amp;текста презентации</translation>
    </message>
    <message>
      <source>Presentation mode on / off</source>
      <translation>Режим презентации: вкл. / выкл.</translation>
    </message>
    <message>
      <source>Preset: {name}</source>
      <translation>Пример: {name}</translation>
    </message>
    <message>
      <source>Press Play to train</source>
      <translation>Нажмите «Пуск», чтобы начать обучение</translation>
    </message>
    <message>
      <source>Pretext task</source>
      <translation>Вспомогательная задача</translation>
    </message>
    <message>
      <source>Pretext: relative position, step {step} of {total}</source>
      <translation>Вспомогательная задача: взаимное расположение, шаг {step} из {total}</translation>
    </message>
    <message>
      <source>Pretraining</source>
      <translation>Предобучение</translation>
    </message>
    <message>
      <source>Pretraining done: fine-tuning with labels</source>
      <translation>Предобучение завершено: дообучение с метками</translation>
    </message>
    <message>
      <source>Pretraining steps</source>
      <translation>Шаги предобучения</translation>
    </message>
    <message>
      <source>Pretraining: learning without labels, then fine-tuning with them</source>
      <translation>Предобучение: обучение без меток, затем дообучение с ними</translation>
    </message>
    <message>
      <source>Probability of dropping a channel.</source>
      <translation>Вероятность отбрасывания канала.</translation>
    </message>
    <message>
      <source>Probability of dropping a value.</source>
      <translation>Вероятность отбрасывания значения.</translation>
    </message>
    <message>
      <source>Projects and saved runs (*.json *.nnpz);;NN Playground projects (*.json);;Saved runs (*.nnpz);;All files (*)</source>
      <translation>Проекты и сохранённые запуски (*.json *.nnpz);;Проекты NN Playground (*.json);;Сохранённые запуски (*.nnpz);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Put every popped-out plot back into the main window</source>
      <translation>Вернуть все откреплённые графики в главное окно</translation>
    </message>
    <message>
      <source>Put this plot back into the main window</source>
      <translation>Вернуть этот график в главное окно</translation>
    </message>
    <message>
      <source>PyTorch weights + design (.pt)</source>
      <translation>Веса PyTorch + схема (.pt)</translation>
    </message>
    <message>
      <source>Python code and its weights {weights} ({size} bytes); run it with python {name}</source>
      <translation>Код Python и его веса {weights} ({size} байт); запустите его командой python {name}</translation>
    </message>
    <message>
      <source>Python code must go to a .py file, got {name}</source>
      <translation>Код Python должен быть в файле .py, получено {name}</translation>
    </message>
    <message>
      <source>Quick builder</source>
      <translation>Быстрый конструктор</translation>
    </message>
    <message>
      <source>RBM filters</source>
      <translation>Фильтры RBM</translation>
    </message>
    <message>
      <source>RBM layers, one at a time (contrastive divergence)</source>
      <translation>Слои RBM по одному (контрастивная дивергенция)</translation>
    </message>
    <message>
      <source>RBM reconstructions</source>
      <translation>Реконструкции RBM</translation>
    </message>
    <message>
      <source>RBM training</source>
      <translation>Обучение RBM</translation>
    </message>
    <message>
      <source>RBM weights</source>
      <translation>Веса RBM</translation>
    </message>
    <message>
      <source>RBM {i} of {n}: contrastive divergence (CD-{k})</source>
      <translation>RBM {i} из {n}: контрастивная дивергенция (CD-{k})</translation>
    </message>
    <message>
      <source>RBM {i} of {n}: persistent contrastive divergence (PCD-{k})</source>
      <translation>RBM {i} из {n}: персистентная контрастивная дивергенция (PCD-{k})</translation>
    </message>
    <message>
      <source>RMSProp</source>
      <translation>RMSProp</translation>
    </message>
    <message>
      <source>RNN</source>
      <translation>RNN</translation>
    </message>
    <message>
      <source>Random shift (px)</source>
      <translation>Случайный сдвиг (пикс.)</translation>
    </message>
    <message>
      <source>Random symbol sequences (generated)</source>
      <translation>Случайные последовательности символов (сгенерированные)</translation>
    </message>
    <message>
      <source>ReLU</source>
      <translation>ReLU</translation>
    </message>
    <message>
      <source>ReLU + He</source>
      <translation>ReLU + He</translation>
    </message>
    <message>
      <source>ReLU and He initialisation keep gradients alive</source>
      <translation>ReLU и инициализация He сохраняют градиенты живыми</translation>
    </message>
    <message>
      <source>ReLU: slope 1 for positive inputs, 0 for negative ones (a unit can die).</source>
      <translation>ReLU: наклон 1 для положительных входов, 0 для отрицательных (нейрон может «умереть»).</translation>
    </message>
    <message>
      <source>Reading {file}…</source>
      <translation>Чтение {file}…</translation>
    </message>
    <message>
      <source>Reading {name} was cancelled.</source>
      <translation>Чтение {name} отменено.</translation>
    </message>
    <message>
      <source>Reconstruction error (test MSE): {error}</source>
      <translation>Ошибка реконструкции (MSE на тесте): {error}</translation>
    </message>
    <message>
      <source>Reconstruction error (test MSE): {error} · first 2 of {features} features shown</source>
      <translation>Ошибка реконструкции (MSE на тесте): {error} · показаны первые 2 признака из {features}</translation>
    </message>
    <message>
      <source>Reconstructions</source>
      <translation>Реконструкции</translation>
    </message>
    <message>
      <source>Recurrent</source>
      <translation>Рекуррентные</translation>
    </message>
    <message>
      <source>Recurrent gain</source>
      <translation>Рекуррентное усиление</translation>
    </message>
    <message>
      <source>Recurrent layers stacked on each other.</source>
      <translation>Рекуррентные слои, расположенные один над другим.</translation>
    </message>
    <message>
      <source>Regions</source>
      <translation>Области</translation>
    </message>
    <message>
      <source>Regression</source>
      <translation>Регрессия</translation>
    </message>
    <message>
      <source>Regression: MSE</source>
      <translation>Регрессия: MSE</translation>
    </message>
    <message>
      <source>Regularization</source>
      <translation>Регуляризация</translation>
    </message>
    <message>
      <source>Remember the first of 80 symbols: a plain RNN (tanh) stays at guessing (25 %) because the gradient reaching the first step shrinks by orders of magnitude (see 'Gradient through time'). Open the preset lstm-memory: the same task and size with an LSTM reaches 100 % in a few hundred steps.</source>
      <translation>Запомнить первый из 80 символов: простая RNN (tanh) остаётся на уровне угадывания (25 %), потому что градиент, доходящий до первого шага, уменьшается на порядки (см. «Градиент во времени»). Откройте пример lstm-memory: та же задача и размер с LSTM достигают 100 % за несколько сотен шагов.</translation>
    </message>
    <message>
      <source>Remember the first symbol</source>
      <translation>Запомнить первый символ</translation>
    </message>
    <message>
      <source>Remove every drawn point</source>
      <translation>Удалить все нарисованные точки</translation>
    </message>
    <message>
      <source>Remove every point of the target you drew (undo brings them back)</source>
      <translation>Удалить все точки нарисованной цели (отмена вернёт их)</translation>
    </message>
    <message>
      <source>Remove hidden layer</source>
      <translation>Удалить скрытый слой</translation>
    </message>
    <message>
      <source>Remove the drawn points</source>
      <translation>Удалить нарисованные точки</translation>
    </message>
    <message>
      <source>Remove the last hidden layer and reconnect the layers around it</source>
      <translation>Удалить последний скрытый слой и пересоединить соседние слои</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>Переименовать</translation>
    </message>
    <message>
      <source>Replaces each window by its average: a smaller, smoother image. Learns nothing.</source>
      <translation>Заменяет каждое окно его средним: меньшее, более гладкое изображение. Ничему не обучается.</translation>
    </message>
    <message>
      <source>Replay</source>
      <translation>Воспроизвести снова</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Сбросить</translation>
    </message>
    <message>
      <source>Reset the run</source>
      <translation>Сбросить запуск</translation>
    </message>
    <message>
      <source>Reset to apply</source>
      <translation>Сбросьте, чтобы применить</translation>
    </message>
    <message>
      <source>Restore unsaved work?</source>
      <translation>Восстановить несохранённую работу?</translation>
    </message>
    <message>
      <source>Restricted Boltzmann machine: binary visible units v (its input) and hidden units h with energy E(v, h) = −b_v·v − b_h·h − hᵀWv and no links inside a layer, so P(h=1|v) = σ(Wv + b_h) and P(v=1|h) = σ(Wᵀh + b_v). The RBM pretraining learns W without labels by contrastive divergence (CD-k): ΔW ∝ ⟨h vᵀ⟩ on the data − ⟨h vᵀ⟩ after k Gibbs steps. Stacked RBMs, each trained on the hidden probabilities of the one below, form a deep belief network. Its output is P(h=1|v), so backprop can fine-tune the stack with labels afterwards.</source>
      <translation>Ограниченная машина Больцмана: бинарные видимые нейроны v (её вход) и скрытые нейроны h с энергией E(v, h) = −b_v·v − b_h·h − hᵀWv и без связей внутри слоя, поэтому P(h=1|v) = σ(Wv + b_h) и P(v=1|h) = σ(Wᵀh + b_v). Предобучение RBM выучивает W без меток контрастивной дивергенцией (CD-k): ΔW ∝ ⟨h vᵀ⟩ на данных − ⟨h vᵀ⟩ после k шагов Гиббса. Стопка RBM, каждая из которых обучена на скрытых вероятностях нижележащей, образует глубокую сеть доверия. Выход RBM — P(h=1|v), поэтому затем обратное распространение ошибки может дообучить стек с метками.</translation>
    </message>
    <message>
      <source>Return sequences</source>
      <translation>Возвращать последовательности</translation>
    </message>
    <message>
      <source>Rho</source>
      <translation>Ро</translation>
    </message>
    <message>
      <source>Ring of gaussians</source>
      <translation>Кольцо гауссовых облаков</translation>
    </message>
    <message>
      <source>Rosenblatt's perceptron (one layer of step units) on AND: class 1 only where both inputs are positive. One straight line separates the classes, so the perceptron rule stops making errors after a few passes over the data.</source>
      <translation>Перцептрон Розенблатта (один слой пороговых нейронов) на AND: класс 1 только там, где оба входа положительны. Одна прямая разделяет классы, поэтому правило перцептрона перестаёт ошибаться после нескольких проходов по данным.</translation>
    </message>
    <message>
      <source>Rosenblatt's perceptron (one layer of step units) on OR: class 1 where either input is positive. One straight line separates the classes, so the perceptron rule stops making errors after a few passes over the data.</source>
      <translation>Перцептрон Розенблатта (один слой пороговых нейронов) на OR: класс 1 там, где хотя бы один вход положителен. Классы разделяет одна прямая, поэтому правило перцептрона перестаёт ошибаться после нескольких проходов по данным.</translation>
    </message>
    <message>
      <source>Rosenblatt's perceptron (one layer of step units) on XOR. One straight line cannot separate the four quadrants, so accuracy stays near chance however long it trains.</source>
      <translation>Перцептрон Розенблатта (один слой пороговых нейронов) на XOR. Одна прямая не может разделить четыре квадранта, поэтому точность остаётся на уровне случайного угадывания, сколько бы он ни обучался.</translation>
    </message>
    <message>
      <source>Rosenblatt's perceptron is one neuron: a weighted sum of the inputs plus a bias, passed through a step function. Its learning rule is simple: after every wrong answer it moves the weights towards the input (or away from it) by the learning rate. Class 1 here is the AND of the two signs: only the cluster where both inputs are positive. One straight line separates that cluster from the other three, and for such linearly separable data the perceptron convergence theorem promises that the rule stops making errors after a finite number of updates.</source>
      <translation>Перцептрон Розенблатта — это один нейрон: взвешенная сумма входов плюс смещение, пропущенная через пороговую функцию. Его правило обучения простое: после каждого неверного ответа он сдвигает веса к входу (или от него) на величину скорости обучения. Класс 1 здесь — это AND двух знаков: только кластер, где оба входа положительны. Одна прямая отделяет этот кластер от трёх остальных, и для таких линейно разделимых данных теорема о сходимости перцептрона гарантирует, что правило перестанет ошибаться после конечного числа обновлений.</translation>
    </message>
    <message>
      <source>Rosenbrock valley</source>
      <translation>Долина Розенброка</translation>
    </message>
    <message>
      <source>Rows and columns cropped from each border of the output.</source>
      <translation>Строки и столбцы, обрезаемые с каждого края выхода.</translation>
    </message>
    <message>
      <source>Rows and columns of zeros added around the image. With stride 1, padding (kernel − 1) / 2 keeps the size.</source>
      <translation>Строки и столбцы нулей, добавленные вокруг изображения. При шаге 1 дополнение (kernel − 1) / 2 сохраняет размер.</translation>
    </message>
    <message>
      <source>Run the race again from the start</source>
      <translation>Запустить гонку заново с начала</translation>
    </message>
    <message>
      <source>SELU</source>
      <translation>SELU</translation>
    </message>
    <message>
      <source>SELU: ELU scaled so activations keep mean 0 and variance 1 by themselves.</source>
      <translation>SELU: ELU, масштабированная так, что активации сами сохраняют среднее 0 и дисперсию 1.</translation>
    </message>
    <message>
      <source>SGD</source>
      <translation>SGD</translation>
    </message>
    <message>
      <source>SGD + momentum</source>
      <translation>SGD с импульсом (momentum)</translation>
    </message>
    <message>
      <source>Saddle point</source>
      <translation>Седловая точка</translation>
    </message>
    <message>
      <source>Sample {shown} · each layer on its own colour scale</source>
      <translation>Образец {shown} · каждый слой в своей цветовой шкале</translation>
    </message>
    <message>
      <source>Samples</source>
      <translation>Образцы</translation>
    </message>
    <message>
      <source>Saturation value for negative inputs of ELU.</source>
      <translation>Значение насыщения ELU для отрицательных входов.</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
      <source>Save every shown panel as a PNG picture and an SVG drawing, for slides</source>
      <translation>Сохранить каждую показанную панель как изображение PNG и рисунок SVG для слайдов</translation>
    </message>
    <message>
      <source>Save project as</source>
      <translation>Сохранить проект как</translation>
    </message>
    <message>
      <source>Save the changes to this design?</source>
      <translation>Сохранить изменения в этой схеме?</translation>
    </message>
    <message>
      <source>Save the changes to {name}?</source>
      <translation>Сохранить изменения в {name}?</translation>
    </message>
    <message>
      <source>Save the loss history of the run as a table (step, train, test)</source>
      <translation>Сохранить историю потерь запуска как таблицу (шаг, обуч., тест)</translation>
    </message>
    <message>
      <source>Save the metric history</source>
      <translation>Сохранить историю метрик</translation>
    </message>
    <message>
      <source>Save the plots into a folder</source>
      <translation>Сохранить графики в папку</translation>
    </message>
    <message>
      <source>Save the project</source>
      <translation>Сохранить проект</translation>
    </message>
    <message>
      <source>Save the project under a new name</source>
      <translation>Сохранить проект под новым именем</translation>
    </message>
    <message>
      <source>Save the run as it is now (design, trained weights, optimizer state, history) in one .nnpz file that reopens in the same state and goes on training identically</source>
      <translation>Сохранить запуск в текущем состоянии (схема, обученные веса, состояние оптимизатора, история) в один файл .nnpz, который открывается в том же состоянии и продолжает обучение идентично</translation>
    </message>
    <message>
      <source>Save the run with its weights</source>
      <translation>Сохранить запуск с весами</translation>
    </message>
    <message>
      <source>Save with &amp;Weights…</source>
      <translation>Сохранить с &amp;весами…</translation>
    </message>
    <message>
      <source>Save with weights</source>
      <translation>Сохранить с весами</translation>
    </message>
    <message>
      <source>Saved runs (*{suffix})</source>
      <translation>Сохранённые запуски (*{suffix})</translation>
    </message>
    <message>
      <source>Saved the run at step {step} with its weights to {file} ({size} bytes)</source>
      <translation>Запуск на шаге {step} сохранён с весами в {file} ({size} байт)</translation>
    </message>
    <message>
      <source>Saved {n} plots as PNG and SVG in {folder}</source>
      <translation>Сохранено графиков в PNG и SVG: {n}, папка {folder}</translation>
    </message>
    <message>
      <source>Saved {n} rows of history to {file}</source>
      <translation>История сохранена в {file} (строк: {n})</translation>
    </message>
    <message>
      <source>Saving from the run</source>
      <translation>Сохранение из запуска</translation>
    </message>
    <message>
      <source>Scale</source>
      <translation>Масштаб</translation>
    </message>
    <message>
      <source>Scrub Back</source>
      <translation>Перемотать назад</translation>
    </message>
    <message>
      <source>Scrub Forward</source>
      <translation>Перемотать вперёд</translation>
    </message>
    <message>
      <source>Scrub back / forward through the run</source>
      <translation>Перемотать запуск назад / вперёд</translation>
    </message>
    <message>
      <source>Search layers…</source>
      <translation>Поиск слоёв…</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>Начальное значение (seed)</translation>
    </message>
    <message>
      <source>Seed of the data generator and of the train/test split: the same seed gives the same data.</source>
      <translation>Зерно генератора данных и разбиения на обучающую/тестовую выборки: одинаковое зерно даёт одинаковые данные.</translation>
    </message>
    <message>
      <source>Seed of weight initialisation and batch order: the same seed repeats a run exactly.</source>
      <translation>Начальное значение (seed) для инициализации весов и порядка пакетов: то же значение точно повторяет запуск.</translation>
    </message>
    <message>
      <source>Select &amp;All</source>
      <translation>Выделить &amp;всё</translation>
    </message>
    <message>
      <source>Select a layer on the canvas to see and edit its parameters.</source>
      <translation>Выделите слой на холсте, чтобы увидеть и изменить его параметры.</translation>
    </message>
    <message>
      <source>Select every layer</source>
      <translation>Выделить все слои</translation>
    </message>
    <message>
      <source>Select layers to copy first.</source>
      <translation>Сначала выделите слои для копирования.</translation>
    </message>
    <message>
      <source>Select layers to cut first.</source>
      <translation>Сначала выделите слои для вырезания.</translation>
    </message>
    <message>
      <source>Select layers to duplicate first.</source>
      <translation>Сначала выделите слои для дублирования.</translation>
    </message>
    <message>
      <source>Self-supervised pretraining: before it sees a label, the network learns to tell where a patch of a digit lies next to the centre patch (one of 8 positions), on all 2000 unlabelled training images of the digits 5–9. Then the convolution layers are frozen and only the Dense layer learns from 10 labelled images of each digit. The variants train the same network from scratch on those 50 images, and start its convolutions from weights learned with labels on the other digits 0–4 (supervised pretraining).</source>
      <translation>Предобучение с самообучением: прежде чем увидеть хоть одну метку, сеть учится определять, где фрагмент цифры лежит относительно центрального фрагмента (одна из 8 позиций), на всех 2000 неразмеченных обучающих изображениях цифр 5–9. Затем свёрточные слои замораживаются, и только слой Dense учится по 10 размеченным изображениям каждой цифры. Другие варианты обучают ту же сеть с нуля на этих 50 изображениях или стартуют её свёртки с весов, выученных с метками на других цифрах 0–4 (предобучение с учителем).</translation>
    </message>
    <message>
      <source>Self-supervised pretraining: where is this patch?</source>
      <translation>Предобучение с самообучением: где этот фрагмент?</translation>
    </message>
    <message>
      <source>Self-supervised: relative position of patches</source>
      <translation>Самообучение: взаимное расположение фрагментов</translation>
    </message>
    <message>
      <source>Separate context vectors x′ (word2vec)</source>
      <translation>Отдельные контекстные векторы x′ (word2vec)</translation>
    </message>
    <message>
      <source>Sequence</source>
      <translation>Последовательность</translation>
    </message>
    <message>
      <source>Sequence length</source>
      <translation>Длина последовательности</translation>
    </message>
    <message>
      <source>Set {name}</source>
      <translation>Задать {name}</translation>
    </message>
    <message>
      <source>Set {setting}</source>
      <translation>Задать {setting}</translation>
    </message>
    <message>
      <source>Seven optimizers race on the moons: the same network, data, seed and learning rate.</source>
      <translation>Семь оптимизаторов соревнуются на полумесяцах: та же сеть, данные, начальное значение (seed) и скорость обучения.</translation>
    </message>
    <message>
      <source>Shape</source>
      <translation>Форма</translation>
    </message>
    <message>
      <source>Shape a plain stack of Dense layers: add or remove hidden layers and neurons</source>
      <translation>Сформировать простой стек слоёв Dense: добавляйте или удаляйте скрытые слои и нейроны</translation>
    </message>
    <message>
      <source>Shape of one sample leaving this layer (without the batch dimension)</source>
      <translation>Форма одного образца на выходе этого слоя (без измерения пакета)</translation>
    </message>
    <message>
      <source>Shape of one sample without the batch: [2] for two features, [1, 28, 28] for a grey 28×28 image.</source>
      <translation>Форма одного образца без пакета: [2] для двух признаков, [1, 28, 28] для серого изображения 28×28.</translation>
    </message>
    <message>
      <source>Share of each class's test samples classified right; dashed: overall</source>
      <translation>Доля верно классифицированных тестовых образцов каждого класса; пунктир: в целом</translation>
    </message>
    <message>
      <source>Share of the points used for training; the rest tests.</source>
      <translation>Доля точек для обучения; остальные — для теста.</translation>
    </message>
    <message>
      <source>Share of the previous update kept (momentum and Nesterov).</source>
      <translation>Доля предыдущего обновления, которая сохраняется (импульс и Нестеров).</translation>
    </message>
    <message>
      <source>Share of the test samples the network classifies right</source>
      <translation>Доля тестовых образцов, которые сеть классифицирует верно</translation>
    </message>
    <message>
      <source>Shift and scale each feature column to mean 0 and standard deviation 1 (measured on the training rows), so columns in large units do not dominate the first layer.</source>
      <translation>Сдвинуть и масштабировать каждый столбец признаков к среднему 0 и стандартному отклонению 1 (измеренным на обучающих строках), чтобы столбцы в крупных единицах не доминировали в первом слое.</translation>
    </message>
    <message>
      <source>Show how the last training step wants to change each kernel (the gradient) instead of the kernel</source>
      <translation>Показать, как последний шаг обучения хочет изменить каждое ядро (градиент), вместо самого ядра</translation>
    </message>
    <message>
      <source>Show neuron maps and weights on layers</source>
      <translation>Показывать карты нейронов и веса на слоях</translation>
    </message>
    <message>
      <source>Show only the settings a first lecture needs: hides fine-tuning settings and the quick builder</source>
      <translation>Показывать только параметры, нужные на первой лекции: скрывает параметры тонкой настройки и быстрый конструктор</translation>
    </message>
    <message>
      <source>Show or hide {name} in both plots</source>
      <translation>Показать или скрыть {name} на обоих графиках</translation>
    </message>
    <message>
      <source>Show the hard decision instead of the confidence: class 1 where P ≥ 0.5 (binary), the most likely class (multi-class)</source>
      <translation>Показать жёсткое решение вместо уверенности: класс 1, где P ≥ 0.5 (бинарная), наиболее вероятный класс (многоклассовая)</translation>
    </message>
    <message>
      <source>Show the newest snapshot again</source>
      <translation>Снова показать самый новый снимок</translation>
    </message>
    <message>
      <source>Show the whole design</source>
      <translation>Показать всю схему</translation>
    </message>
    <message>
      <source>Show this plot in a window of its own, e.g. on a second screen</source>
      <translation>Показать этот график в отдельном окне, например на втором экране</translation>
    </message>
    <message>
      <source>Show what the decoder draws at each point of a grid over the latent plane (for a code of two units that the decoder reads alone)</source>
      <translation>Показать, что рисует декодер в каждой точке сетки на латентной плоскости (для кода из двух нейронов, который декодер читает без других входов)</translation>
    </message>
    <message>
      <source>Side of the square filter, in pixels.</source>
      <translation>Сторона квадратного фильтра в пикселях.</translation>
    </message>
    <message>
      <source>Side of the square kernel, in pixels.</source>
      <translation>Сторона квадратного ядра в пикселях.</translation>
    </message>
    <message>
      <source>Side of the square window, in pixels.</source>
      <translation>Сторона квадратного окна в пикселях.</translation>
    </message>
    <message>
      <source>Sigma</source>
      <translation>Сигма</translation>
    </message>
    <message>
      <source>Sigmoid</source>
      <translation>Сигмоида</translation>
    </message>
    <message>
      <source>Sigmoid + BatchNorm</source>
      <translation>Сигмоида + BatchNorm</translation>
    </message>
    <message>
      <source>Sigmoid + skips</source>
      <translation>Сигмоида + обходные соединения</translation>
    </message>
    <message>
      <source>Sigmoid: the slope is at most 0.25, so ten sigmoid layers shrink a gradient below 10⁻⁶.</source>
      <translation>Сигмоида: наклон не больше 0.25, поэтому десять слоёв с сигмоидой уменьшают градиент ниже 10⁻⁶.</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>Знак</translation>
    </message>
    <message>
      <source>Sine waves (forecast)</source>
      <translation>Синусоиды (прогноз)</translation>
    </message>
    <message>
      <source>Sixteen networks learn the same spiral from the same data and seed. Across: the number of hidden units n in each layer (2, 4, 8, 16); down: the number of hidden layers m (0 to 3). With no hidden layer the network can only draw a straight line, whatever n says. More units and more layers let the boundary bend around the arms.</source>
      <translation>Шестнадцать сетей изучают одну и ту же спираль на одних и тех же данных с одним и тем же начальным значением (seed). По горизонтали — число скрытых нейронов n в каждом слое (2, 4, 8, 16); по вертикали — число скрытых слоёв m (от 0 до 3). Без скрытого слоя сеть может провести только прямую линию, каким бы ни было n. Больше нейронов и больше слоёв позволяют границе изгибаться вокруг рукавов спирали.</translation>
    </message>
    <message>
      <source>Sixteen networks side by side on the spiral: hidden units n = 2, 4, 8, 16 across, hidden layers m = 0..3 down.</source>
      <translation>Шестнадцать сетей рядом на спирали: скрытые нейроны n = 2, 4, 8, 16 по горизонтали, скрытые слои m = 0..3 по вертикали.</translation>
    </message>
    <message>
      <source>Sixty noisy points and a network far too big for them: four ways to keep it from learning the noise.</source>
      <translation>Шестьдесят зашумлённых точек и сеть, слишком большая для них: четыре способа не дать ей выучить шум.</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Size of text and plot labels in presentation mode</source>
      <translation>Размер текста и подписей графиков в режиме презентации</translation>
    </message>
    <message>
      <source>Size of the hidden state h (units per direction).</source>
      <translation>Размер скрытого состояния h (нейронов на направление).</translation>
    </message>
    <message>
      <source>Size of the last update relative to the weights (log scale); the dashed line marks 10⁻³, typical for a well-chosen learning rate</source>
      <translation>Размер последнего обновления относительно весов (логарифмическая шкала); пунктир отмечает 10⁻³, типично для хорошо подобранной скорости обучения</translation>
    </message>
    <message>
      <source>Slides small learnable filters over the image; each filter looks for one pattern everywhere and makes one feature map. Output side: ⌊(H + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1.</source>
      <translation>Скользит маленькими обучаемыми фильтрами по изображению; каждый фильтр ищет один шаблон везде и создаёт одну карту признаков. Сторона выхода: ⌊(H + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1.</translation>
    </message>
    <message>
      <source>Slope</source>
      <translation>Наклон</translation>
    </message>
    <message>
      <source>Slope for negative inputs of leaky ReLU.</source>
      <translation>Наклон Leaky ReLU для отрицательных входов.</translation>
    </message>
    <message>
      <source>Slope f′(x)</source>
      <translation>Наклон f′(x)</translation>
    </message>
    <message>
      <source>Softmax</source>
      <translation>Softmax</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Что-то пошло не так</translation>
    </message>
    <message>
      <source>Space (tap): Play / Pause</source>
      <translation>Space (нажатие): Пуск / Пауза</translation>
    </message>
    <message>
      <source>Sparsity β</source>
      <translation>Разреженность β</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Скорость</translation>
    </message>
    <message>
      <source>Spiral</source>
      <translation>Спираль</translation>
    </message>
    <message>
      <source>Standalone Python code (.py)</source>
      <translation>Автономный код Python (.py)</translation>
    </message>
    <message>
      <source>Standard deviation for the 'normal' init.</source>
      <translation>Стандартное отклонение для инициализации «нормальная».</translation>
    </message>
    <message>
      <source>Standardise</source>
      <translation>Стандартизировать</translation>
    </message>
    <message>
      <source>Standardise the features (mean 0, standard deviation 1)</source>
      <translation>Стандартизировать признаки (среднее 0, стандартное отклонение 1)</translation>
    </message>
    <message>
      <source>Start again from the seeded initial weights</source>
      <translation>Начать заново с начальных весов, заданных seed</translation>
    </message>
    <message>
      <source>Start an empty design</source>
      <translation>Начать пустую схему</translation>
    </message>
    <message>
      <source>Start from weights</source>
      <translation>Старт с весов</translation>
    </message>
    <message>
      <source>Starting almost exactly on the ridge: a gradient method leaves a saddle only as fast as the tiny sideways slope lets it.</source>
      <translation>Старт почти точно на хребте: градиентный метод покидает седловую точку лишь так быстро, как позволяет крошечный боковой наклон.</translation>
    </message>
    <message>
      <source>Starting bias of the forget gate. 1 keeps the cell's memory open at the start of training.</source>
      <translation>Начальное смещение вентиля забывания. 1 держит память ячейки открытой в начале обучения.</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Шаг</translation>
    </message>
    <message>
      <source>Step units: {units} · regions: {regions} (at most {most}) · a decision tree with as many tests: {leaves} leaves</source>
      <translation>Пороговых нейронов: {units} · областей: {regions} (не более {most}) · дерево решений с тем же числом проверок: листьев {leaves}</translation>
    </message>
    <message>
      <source>Step {step} of {total}.</source>
      <translation>Шаг {step} из {total}.</translation>
    </message>
    <message>
      <source>Step {step} · epoch {epoch}</source>
      <translation>Шаг {step} · эпоха {epoch}</translation>
    </message>
    <message>
      <source>Step {step}: the axes keep {first} % and {second} % of the spread of these vectors; words used in similar contexts drift together.</source>
      <translation>Шаг {step}: оси сохраняют {first} % и {second} % разброса этих векторов; слова, употребляемые в похожих контекстах, сближаются.</translation>
    </message>
    <message>
      <source>Step {step}: {words} words, vectors of {dim} numbers. Similarity = cosine of the angle between two word vectors.</source>
      <translation>Шаг {step}: слов: {words}, размерность векторов: {dim}. Сходство = косинус угла между векторами двух слов.</translation>
    </message>
    <message>
      <source>Step — · epoch —</source>
      <translation>Шаг — · эпоха —</translation>
    </message>
    <message>
      <source>Step: the slope is 0 everywhere except the jump at 0, so backpropagation gets no signal.</source>
      <translation>Пороговая: наклон везде равен 0, кроме скачка в 0, поэтому обратное распространение ошибки не получает сигнала.</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Шаги</translation>
    </message>
    <message>
      <source>Steps of pretraining: per RBM layer for the RBM stack, in all for the relative-position pretext.</source>
      <translation>Шаги предобучения: на каждый слой RBM для стека RBM, всего — для вспомогательной задачи взаимного расположения.</translation>
    </message>
    <message>
      <source>Stop comparing</source>
      <translation>Прекратить сравнение</translation>
    </message>
    <message>
      <source>Stop training when the test loss has not improved for this many steps, and go back to the weights of its lowest point (0: off; not for GANs).</source>
      <translation>Остановить обучение, если потери на тесте не улучшались столько шагов, и вернуться к весам в их самой низкой точке (0: выключено; не для GAN).</translation>
    </message>
    <message>
      <source>Stride</source>
      <translation>Шаг (stride)</translation>
    </message>
    <message>
      <source>Sums of two sine waves with random frequencies and phases (generated)</source>
      <translation>Суммы двух синусоид со случайными частотами и фазами (сгенерированные)</translation>
    </message>
    <message>
      <source>T&amp;heme</source>
      <translation>&amp;Тема</translation>
    </message>
    <message>
      <source>Tanh</source>
      <translation>Tanh</translation>
    </message>
    <message>
      <source>Tanh: zero-centred, slope up to 1, but it saturates like the sigmoid.</source>
      <translation>Tanh: центрирована в нуле, наклон до 1, но насыщается, как и сигмоида.</translation>
    </message>
    <message>
      <source>Target column</source>
      <translation>Целевой столбец</translation>
    </message>
    <message>
      <source>Target is a sum of gaussian bumps over (x1, x2).</source>
      <translation>Цель — сумма гауссовых горбов на (x1, x2).</translation>
    </message>
    <message>
      <source>Target is a tilted plane over (x1, x2).</source>
      <translation>Цель — наклонная плоскость над (x1, x2).</translation>
    </message>
    <message>
      <source>Target mean activation ρ of each unit (sparse autoencoder).</source>
      <translation>Целевая средняя активация ρ каждого нейрона (разреженный автокодировщик).</translation>
    </message>
    <message>
      <source>Target ρ</source>
      <translation>Целевое ρ</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Задача</translation>
    </message>
    <message>
      <source>Temperature</source>
      <translation>Температура</translation>
    </message>
    <message>
      <source>Ten layers of sigmoid units with Glorot initialisation, trained with plain SGD. On the way back each layer multiplies the gradient by the sigmoid's slope (at most 0.25) and by its weights, so after ten layers the gradient that reaches the first layer is vanishingly small. The first layers hardly change, the network stays close to its random start, and the output can only learn the class balance: the vanishing gradient problem that held deep networks back until ReLU, careful initialisation and BatchNorm.</source>
      <translation>Десять слоёв сигмоидных нейронов с инициализацией Glorot, обученных простым SGD. На обратном пути каждый слой умножает градиент на наклон сигмоиды (не более 0.25) и на свои веса, поэтому после десяти слоёв градиент, доходящий до первого слоя, исчезающе мал. Первые слои почти не меняются, сеть остаётся близкой к случайному начальному состоянию, а выход может выучить лишь баланс классов: это проблема затухания градиентов, сдерживавшая глубокие сети, пока не появились ReLU, аккуратная инициализация и BatchNorm.</translation>
    </message>
    <message>
      <source>Ten sigmoid layers: the gradient shrinks at every layer on its way back, so the first layers barely learn (watch the gradient-norm panel).</source>
      <translation>Десять слоёв с сигмоидой: градиент уменьшается на каждом слое на обратном пути, поэтому первые слои почти не обучаются (следите за панелью норм градиентов).</translation>
    </message>
    <message>
      <source>Test accuracy passes 90% by about 1000 steps and reaches about 97% after 2000.</source>
      <translation>Точность на тесте превышает 90% примерно к 1000 шагам и достигает около 97% после 2000.</translation>
    </message>
    <message>
      <source>Test accuracy passes 90% within 100 steps and keeps rising (about 97% after 500 steps).</source>
      <translation>Точность на тесте превышает 90% за 100 шагов и продолжает расти (около 97% после 500 шагов).</translation>
    </message>
    <message>
      <source>Test accuracy passes 95% within 300 steps (about 99–100%).</source>
      <translation>Точность на тесте превышает 95% за 300 шагов (около 99–100%).</translation>
    </message>
    <message>
      <source>Test accuracy reaches 100% within about 200 steps.</source>
      <translation>Точность на тесте достигает 100% примерно за 200 шагов.</translation>
    </message>
    <message>
      <source>Test accuracy reaches about 99% within 300 steps, and the first and last layers' gradients stay of similar size.</source>
      <translation>Точность на тесте достигает около 99% за 300 шагов, а градиенты первого и последнего слоёв остаются близкими по величине.</translation>
    </message>
    <message>
      <source>Test accuracy: {accuracy}</source>
      <translation>Точность на тесте: {accuracy}</translation>
    </message>
    <message>
      <source>Test accuracy: –</source>
      <translation>Точность на тесте: –</translation>
    </message>
    <message>
      <source>Test sample</source>
      <translation>Тестовый образец</translation>
    </message>
    <message>
      <source>Test sequence</source>
      <translation>Тестовая последовательность</translation>
    </message>
    <message>
      <source>Text the network writes one character at a time, newest on top. The shaded start was given to it (taken from the test text); the rest it wrote itself</source>
      <translation>Текст, который сеть пишет по одному символу, самый новый сверху. Затенённое начало ей дано (взято из тестового текста); остальное она написала сама</translation>
    </message>
    <message>
      <source>The 'Nearest words' panel: type queen, turtle or hatter and press Enter. The 'Word map' shows the frequent words drifting into groups. The test loss, measured on the last tenth of the book, rises after a few hundred steps while the training loss flattens: 27,000 words are few, but the neighbours stay meaningful.</source>
      <translation>Панель «Ближайшие слова»: введите queen, turtle или hatter и нажмите Enter. «Карта слов (PCA)» показывает, как частые слова собираются в группы. Потери на тесте, измеряемые на последней десятой части книги, через несколько сотен шагов начинают расти, а потери на обучении выходят на плато: 27 000 слов — это немного, но соседи остаются осмысленными.</translation>
    </message>
    <message>
      <source>The 2 units of {layer} · {n} test samples</source>
      <translation>2 нейрона слоя {layer} · тестовых образцов: {n}</translation>
    </message>
    <message>
      <source>The LSTM counterpart of rnn-vs-lstm-memory: its cell state carries the first symbol through 80 steps, because the forget gate starts open (bias 5, f ≈ 0.99). Watch the forget gate stay near 1 in 'Gates over time'; set the forget-gate bias to 0 and reset to see the LSTM struggle too.</source>
      <translation>LSTM-аналог rnn-vs-lstm-memory: её состояние ячейки переносит первый символ через 80 шагов, потому что вентиль забывания изначально открыт (смещение 5, f ≈ 0.99). Следите, как вентиль забывания держится около 1 на панели «Вентили во времени»; задайте смещение вентиля забывания 0 и сбросьте, чтобы увидеть, что и LSTM не справляется.</translation>
    </message>
    <message>
      <source>The ONNX exporter</source>
      <translation>Экспортёр ONNX</translation>
    </message>
    <message>
      <source>The Pretraining panel: the pretext accuracy climbs from 12.5 % to about 45 % by step 300, then the stage switches to fine-tuning with labels. Then compare the test accuracy of the three variants.</source>
      <translation>Панель «Предобучение»: точность вспомогательной задачи растёт с 12.5 % примерно до 45 % к шагу 300, затем этап переключается на дообучение с метками. После этого сравните точность на тесте трёх вариантов.</translation>
    </message>
    <message>
      <source>The RBM being trained; once the pretraining is over, the first RBM of the stack as backprop tunes it</source>
      <translation>Обучаемая RBM; после окончания предобучения — первая RBM стека, которую настраивает обратное распространение ошибки</translation>
    </message>
    <message>
      <source>The RBM whose curves are drawn: the one contrastive divergence trains now</source>
      <translation>RBM, чьи кривые показаны: та, которую сейчас обучает контрастивная дивергенция</translation>
    </message>
    <message>
      <source>The Zeros cell stays one flat colour with empty gradient bars; the too-large one draws a ragged boundary; Glorot and He find the circle.</source>
      <translation>Ячейка «Нули» остаётся однотонной с пустыми столбиками градиентов; ячейка «Слишком большие» рисует рваную границу; Glorot и He находят круг.</translation>
    </message>
    <message>
      <source>The adding problem (Hochreiter &amp; Schmidhuber, 1997), generated</source>
      <translation>Задача сложения (Hochreiter &amp; Schmidhuber, 1997), сгенерированная</translation>
    </message>
    <message>
      <source>The adding problem (sum of the two marked values among 20) learnt by an LSTM with peephole connections and by the same LSTM without them, side by side from the same starting weights.</source>
      <translation>Задача сложения (сумма двух отмеченных значений из 20), которую учат LSTM со связями «замочные скважины» и та же LSTM без них, бок о бок, с одинаковых начальных весов.</translation>
    </message>
    <message>
      <source>The baseline learns the training points perfectly (training loss under 0.01) but ends with a test loss above 0.4; L1, L2, dropout and early stopping all end with a lower test loss.</source>
      <translation>Базовый вариант идеально выучивает обучающие точки (потери на обучении ниже 0.01), но заканчивает с потерями на тесте выше 0.4; L1, L2, дропаут и ранняя остановка заканчивают с меньшими потерями на тесте.</translation>
    </message>
    <message>
      <source>The baseline's training loss falls to zero while its test loss climbs back up; the cures keep the test loss lower and the boundary smoother.</source>
      <translation>Потери базового варианта на обучении падают до нуля, а потери на тесте снова растут; средства от переобучения удерживают потери на тесте ниже, а границу — более гладкой.</translation>
    </message>
    <message>
      <source>The boundaries in the grid: the top row stays a straight cut, the bottom right follows both arms. The bars under each picture are the gradient norms per layer.</source>
      <translation>Границы в сетке: верхний ряд остаётся прямым разрезом, нижняя правая ячейка следует за обоими рукавами. Столбики под каждой картинкой — нормы градиентов по слоям.</translation>
    </message>
    <message>
      <source>The boundary bends into a cross that follows the axes, and the loss curve drops steeply in the first hundred steps.</source>
      <translation>Граница изгибается в крест вдоль осей, а кривая потерь круто падает в первые сто шагов.</translation>
    </message>
    <message>
      <source>The boundary first splits the plane roughly in half, then grows arms that follow the spirals outwards.</source>
      <translation>Граница сначала делит плоскость примерно пополам, затем отращивает рукава, идущие вдоль спиралей наружу.</translation>
    </message>
    <message>
      <source>The boundary line keeps jumping around and the accuracy curve never settles: each correction only moves the errors elsewhere.</source>
      <translation>Граница постоянно скачет, а кривая точности никак не стабилизируется: каждое исправление лишь переносит ошибки в другое место.</translation>
    </message>
    <message>
      <source>The boundary line settles between the bottom-left cluster and the other three; compare its position with the AND lesson's.</source>
      <translation>Граница устанавливается между нижним левым кластером и тремя остальными; сравните её положение с уроком про AND.</translation>
    </message>
    <message>
      <source>The bundled data file {file} does not hold {shape} images: reinstall.</source>
      <translation>Встроенный файл данных {file} не содержит изображений {shape}: переустановите программу.</translation>
    </message>
    <message>
      <source>The bundled data file {file} is missing or damaged ({e}): reinstall NN Playground.</source>
      <translation>Встроенный файл данных {file} отсутствует или повреждён ({e}): переустановите NN Playground.</translation>
    </message>
    <message>
      <source>The bundled text {file} is missing or damaged ({e}): reinstall NN Playground.</source>
      <translation>Встроенный текст {file} отсутствует или повреждён ({e}): переустановите NN Playground.</translation>
    </message>
    <message>
      <source>The chosen test sample</source>
      <translation>Выбранный тестовый образец</translation>
    </message>
    <message>
      <source>The class folder '{name}' in {folder} has no images (png, jpg, bmp or gif files directly inside it): add images or remove the folder.</source>
      <translation>Папка класса '{name}' в {folder} не содержит изображений (файлов png, jpg, bmp или gif непосредственно в ней): добавьте изображения или удалите папку.</translation>
    </message>
    <message>
      <source>The classes found in the target column of your table, in the order of the network's outputs.</source>
      <translation>Классы, найденные в целевом столбце вашей таблицы, в порядке выходов сети.</translation>
    </message>
    <message>
      <source>The clipboard does not hold NN Playground layers.</source>
      <translation>Буфер обмена не содержит слоёв NN Playground.</translation>
    </message>
    <message>
      <source>The closest words to this one and their cosine similarity</source>
      <translation>Ближайшие к этому слова и их косинусное сходство</translation>
    </message>
    <message>
      <source>The code of each test sample, coloured by its class</source>
      <translation>Код каждого тестового образца, раскрашенный по его классу</translation>
    </message>
    <message>
      <source>The colour of each class; every dot is one test sample</source>
      <translation>Цвет каждого класса; каждая точка — один тестовый образец</translation>
    </message>
    <message>
      <source>The colour scale shared by every tile: white is 0, full colour is ± the largest value</source>
      <translation>Цветовая шкала, общая для всех плиток: белый — 0, полный цвет — ± наибольшее значение</translation>
    </message>
    <message>
      <source>The column of the CSV file the network predicts.</source>
      <translation>Столбец файла CSV, который предсказывает сеть.</translation>
    </message>
    <message>
      <source>The column the network learns to predict</source>
      <translation>Столбец, который сеть учится предсказывать</translation>
    </message>
    <message>
      <source>The column {target} cannot be both the target and a feature.</source>
      <translation>Столбец {target} не может быть одновременно целевым и признаком.</translation>
    </message>
    <message>
      <source>The columns fed to the network, one input each (only numbers can be used)</source>
      <translation>Столбцы, подаваемые в сеть, по одному входу на каждый (можно использовать только числа)</translation>
    </message>
    <message>
      <source>The confusion matrix is drawn for multi-class classifiers: set the Output task to multi-class</source>
      <translation>Матрица ошибок строится для многоклассовых классификаторов: задайте для выхода задачу многоклассовой классификации</translation>
    </message>
    <message>
      <source>The data cannot be loaded: {error}</source>
      <translation>Не удаётся загрузить данные: {error}</translation>
    </message>
    <message>
      <source>The data: training points filled, test points outlined</source>
      <translation>Данные: обучающие точки закрашены, тестовые — только контур</translation>
    </message>
    <message>
      <source>The dense counterpart of cnn-digits with about as many weights (11 thousand): it sees the image as 784 unrelated numbers, not as neighbouring pixels, and ends several points of accuracy lower.</source>
      <translation>Полносвязный аналог cnn-digits с примерно таким же числом весов (11 тысяч): он видит изображение как 784 не связанных между собой числа, а не как соседние пиксели, и заканчивает с точностью на несколько пунктов ниже.</translation>
    </message>
    <message>
      <source>The design cannot train yet: {problem}</source>
      <translation>Схему пока нельзя обучать: {problem}</translation>
    </message>
    <message>
      <source>The design changed since this run started: reset the run to train the new design (or choose "Keep training the old network") before saving it.</source>
      <translation>Схема изменилась после начала этого запуска: сбросьте запуск, чтобы обучать новую схему (или выберите «Продолжить обучение старой сети»), прежде чем сохранять его.</translation>
    </message>
    <message>
      <source>The design changed since this run started: the plots show the network trained before the edit. Reset the run to apply the change?</source>
      <translation>Схема изменилась с начала этого запуска: графики показывают сеть, обученную до правки. Сбросить запуск, чтобы применить изменение?</translation>
    </message>
    <message>
      <source>The design changed: the plots show the network trained before the edit</source>
      <translation>Схема изменена: графики показывают сеть, обученную до редактирования</translation>
    </message>
    <message>
      <source>The design is valid: every layer has a shape</source>
      <translation>Схема корректна: у каждого слоя есть форма</translation>
    </message>
    <message>
      <source>The discriminator's verdict P(real): 1 (green) real-looking, 0 (purple) fake-looking</source>
      <translation>Вердикт дискриминатора P(настоящий): 1 (зелёный) — похоже на настоящее, 0 (фиолетовый) — похоже на поддельное</translation>
    </message>
    <message>
      <source>The distributive hypothesis: words that occur in the same contexts have similar meanings. word2vec turns it into an objective. For every word u of the text and every word w within ±h words of it, skip-gram with negative sampling maximises ln σ⟨x′_w, x_u⟩ + Σ ln σ(−⟨x′_v, x_u⟩) over k random noise words v, drawn with probability ∝ count^0.75: the vector x_u of the centre word moves towards the context vectors of its real neighbours and away from those of random words. The Embedding's weight is the table of word vectors x_w; very frequent words (the, and) are randomly skipped, as Mikolov proposed. Words used in similar places end up pointing in similar directions, so their cosine similarity is high.</source>
      <translation>Дистрибутивная гипотеза: слова, встречающиеся в одинаковых контекстах, имеют близкие значения. word2vec превращает её в целевую функцию. Для каждого слова u текста и каждого слова w в пределах ±h слов от него skip-gram с отрицательным сэмплированием максимизирует ln σ⟨x′_w, x_u⟩ + Σ ln σ(−⟨x′_v, x_u⟩) по k случайным шумовым словам v, выбираемым с вероятностью ∝ count^0.75: вектор x_u центрального слова приближается к контекстным векторам его настоящих соседей и удаляется от векторов случайных слов. Вес слоя Embedding — это таблица векторов слов x_w; очень частые слова (the, and) случайно пропускаются, как предложил Миколов. Слова, употребляемые в похожих местах, в итоге указывают в похожих направлениях, поэтому их косинусное сходство велико.</translation>
    </message>
    <message>
      <source>The dropped item is not a layer from the palette.</source>
      <translation>Перетащенный элемент не является слоем из палитры.</translation>
    </message>
    <message>
      <source>The energy distance between generated and real points falls from about 0.32 to under 0.05 within 500 steps.</source>
      <translation>Энергетическое расстояние между сгенерированными и настоящими точками падает примерно с 0.32 до менее чем 0.05 за 500 шагов.</translation>
    </message>
    <message>
      <source>The energy distance rises from about 0.3 to more than 1 within 500 steps (gan-ring falls below 0.05 in the same time).</source>
      <translation>Энергетическое расстояние растёт примерно с 0.3 до более чем 1 за 500 шагов (в gan-ring за то же время оно падает ниже 0.05).</translation>
    </message>
    <message>
      <source>The first layer ({layer}) gets no gradient at all: the units after it may all be dead.</source>
      <translation>Первый слой ({layer}) совсем не получает градиента: нейроны после него, возможно, все мёртвые.</translation>
    </message>
    <message>
      <source>The first rows of the file</source>
      <translation>Первые строки файла</translation>
    </message>
    <message>
      <source>The first rows of your table: the feature columns, then the target</source>
      <translation>Первые строки вашей таблицы: столбцы признаков, затем цель</translation>
    </message>
    <message>
      <source>The first step shows one of the symbols A, B, C…, every later step a random distractor: the class is the first symbol, so the network must carry it through the whole sequence.</source>
      <translation>Первый шаг показывает один из символов A, B, C…, каждый следующий — случайный отвлекающий символ: класс — это первый символ, поэтому сеть должна пронести его через всю последовательность.</translation>
    </message>
    <message>
      <source>The first test samples with the predicted class (red: wrong, true→predicted); click one to show its feature maps</source>
      <translation>Первые тестовые образцы с предсказанным классом (красный — ошибка, истинный→предсказанный); щёлкните по образцу, чтобы показать его карты признаков</translation>
    </message>
    <message>
      <source>The first training images of each class, one row per class</source>
      <translation>Первые обучающие изображения каждого класса, по строке на класс</translation>
    </message>
    <message>
      <source>The first training sequences, one per row, along time (step 1 at the left)</source>
      <translation>Первые обучающие последовательности, по одной на строку, во времени (шаг 1 слева)</translation>
    </message>
    <message>
      <source>The first training sequences, one per row: the symbols the network reads in order</source>
      <translation>Первые обучающие последовательности, по одной на строку: символы, которые сеть читает по порядку</translation>
    </message>
    <message>
      <source>The folder {name}</source>
      <translation>Папка {name}</translation>
    </message>
    <message>
      <source>The folder {name} holds images but no class folders: put the images of each class into a sub-folder named after the class (e.g. {name}/cat, {name}/dog).</source>
      <translation>Папка {name} содержит изображения, но не папки классов: положите изображения каждого класса в подпапку с именем класса (например, {name}/кошки, {name}/собаки).</translation>
    </message>
    <message>
      <source>The folder {name} is empty: it needs one sub-folder of images per class.</source>
      <translation>Папка {name} пуста: в ней должно быть по одной подпапке с изображениями на каждый класс.</translation>
    </message>
    <message>
      <source>The function applied element-wise.</source>
      <translation>Функция, применяемая поэлементно.</translation>
    </message>
    <message>
      <source>The function of the recurrence h_t = f(W_xh·x_t + W_hh·h_{t−1} + b).</source>
      <translation>Функция рекуррентного перехода h_t = f(W_xh·x_t + W_hh·h_{t−1} + b).</translation>
    </message>
    <message>
      <source>The gan-ring GAN with a classifier's step sizes: learning rate 0.03 and Adam's default momentum β1 = 0.9 (gan-ring uses 0.005 and 0.5). The generator overshoots towards whatever D currently calls real, so the fakes gather into one blob that D chases across the plane until every noise vector gives the same point: mode collapse (the generator's ReLUs die too, see the activations). Set lr 0.005 and β1 0.5, press Reset, and compare.</source>
      <translation>GAN gan-ring с размерами шагов, как у классификатора: скорость обучения 0.03 и стандартный импульс Adam β1 = 0.9 (в gan-ring — 0.005 и 0.5). Генератор проскакивает в сторону того, что D сейчас считает настоящим, поэтому подделки собираются в одно облако, за которым D гоняется по плоскости, пока каждый вектор шума не станет давать одну и ту же точку: коллапс мод (ReLU генератора тоже отмирают, см. активации). Установите скорость обучения 0.005 и β1 0.5, нажмите «Сбросить» и сравните.</translation>
    </message>
    <message>
      <source>The generated points clump together and the clump moves across the plane as the discriminator chases it, instead of covering the ring; the energy distance grows instead of falling.</source>
      <translation>Сгенерированные точки сбиваются в кучу, и эта куча движется по плоскости, пока дискриминатор её преследует, вместо того чтобы покрыть кольцо; энергетическое расстояние растёт вместо того, чтобы падать.</translation>
    </message>
    <message>
      <source>The generated points spread from one cloud over all eight blobs; the energy distance falls and D's verdicts on real and fake points settle near 0.5.</source>
      <translation>Сгенерированные точки расходятся от одного облака по всем восьми пятнам; энергетическое расстояние падает, а вердикты D для настоящих и поддельных точек устанавливаются около 0.5.</translation>
    </message>
    <message>
      <source>The generator's end: a fake sample G(z). During training it goes to the discriminator's Input next to the real samples; the discriminator learns to tell them apart.</source>
      <translation>Конец генератора: поддельный образец G(z). Во время обучения он идёт на вход дискриминатора рядом с настоящими образцами; дискриминатор учится их различать.</translation>
    </message>
    <message>
      <source>The gradient bars under each picture: the plain sigmoid's first bars are tiny (vanishing), the three cures keep them level. Then the boundaries and the loss curves.</source>
      <translation>Столбики градиентов под каждой картинкой: у обычной сигмоиды первые столбики крошечные (затухание), а три средства держат их на одном уровне. Затем — границы решений и кривые потерь.</translation>
    </message>
    <message>
      <source>The gradient norms sit at the clipping limit at first, then fall below it as the forecast improves. Set gradient clipping to 0 and press Reset: the loss becomes NaN within a few steps.</source>
      <translation>Нормы градиентов сначала держатся на пороге обрезки, затем опускаются ниже него по мере улучшения прогноза. Установите обрезку градиентов на 0 и нажмите «Сбросить»: через несколько шагов потери станут NaN.</translation>
    </message>
    <message>
      <source>The gradient through time appears after the first training step</source>
      <translation>Градиент во времени появляется после первого шага обучения</translation>
    </message>
    <message>
      <source>The gradient-through-time panel shows the gradient shrinking by orders of magnitude towards the first step; accuracy stays at guessing.</source>
      <translation>Панель градиента во времени показывает, как градиент уменьшается на порядки по направлению к первому шагу; точность остаётся на уровне угадывания.</translation>
    </message>
    <message>
      <source>The head reaches at least 90% test accuracy on the circle by naming the triangle 111 in the middle as the disc.</source>
      <translation>Выходная часть достигает не менее 90% точности на тесте на круге, относя к кругу треугольник 111 в середине.</translation>
    </message>
    <message>
      <source>The images differ in size: {first} is {w0}×{h0} pixels but {rel} is {w1}×{h1}: resize them all to one size.</source>
      <translation>Изображения имеют разный размер: {first} имеет {w0}×{h0} пикселей, а {rel} — {w1}×{h1}: приведите их все к одному размеру.</translation>
    </message>
    <message>
      <source>The input plane coloured by region; each label is the units' outputs, unit 1 first</source>
      <translation>Входная плоскость, раскрашенная по областям; каждая подпись — выходы нейронов, начиная с нейрона 1</translation>
    </message>
    <message>
      <source>The keys (and presentation-remote buttons) that drive training</source>
      <translation>Клавиши (и кнопки пульта для презентаций), управляющие обучением</translation>
    </message>
    <message>
      <source>The last layer ({layer}) gets no gradient: the units feeding it may all be dead.</source>
      <translation>Последний слой ({layer}) не получает градиента: нейроны, которые его питают, возможно, все мёртвые.</translation>
    </message>
    <message>
      <source>The latest loss and accuracy on the whole train and test sets</source>
      <translation>Последние потери и точность на всей обучающей и тестовой выборках</translation>
    </message>
    <message>
      <source>The layer's name: unique in the design, used in the exported code</source>
      <translation>Имя слоя: уникальное в схеме, используется в экспортированном коде</translation>
    </message>
    <message>
      <source>The lecture's LSTM variant with peepholes lets the gates look at the cell state: the forget and input gates see the old state C_{t−1}, the output gate the new C_t (here through one weight per cell unit and gate, as Gers and Schmidhuber proposed; switch it with the LSTM's Peepholes option). The task is the adding problem: 20 values, two of them marked, and the answer is their sum, so the cell has to store the first marked value until the end. Both networks start from the same weights (the peephole weights start at zero, so at first they are the same network) and learn side by side. On this task the peepholes make no reliable difference: over six seeds the peephole LSTM was usually a little ahead after 500 steps and once clearly behind. They cost time: torch has no fused peephole layer, so its steps run one at a time, about five times slower (here roughly 100 against 480 training steps per second on one core).</source>
      <translation>Вариант LSTM из лекции с «замочными скважинами» позволяет вентилям смотреть на состояние ячейки: вентили забывания и входной видят старое состояние C_{t−1}, выходной вентиль — новое C_t (здесь через один вес на нейрон ячейки и вентиль, как предложили Герс и Шмидхубер; включается параметром «Замочные скважины» слоя LSTM). Задача — задача сложения: 20 значений, два из них отмечены, а ответ — их сумма, поэтому ячейка должна хранить первое отмеченное значение до конца. Обе сети стартуют с одинаковых весов (веса «замочных скважин» начинаются с нуля, так что поначалу это одна и та же сеть) и обучаются бок о бок. На этой задаче «замочные скважины» не дают надёжной разницы: на шести зёрнах LSTM с «замочными скважинами» после 500 шагов обычно немного опережала обычную и один раз явно отстала. Зато они стоят времени: в torch нет слитного слоя с «замочными скважинами», поэтому её шаги выполняются по одному, примерно в пять раз медленнее (здесь примерно 100 против 480 шагов обучения в секунду на одном ядре).</translation>
    </message>
    <message>
      <source>The loss curves: SGD and AdaGrad lag far behind; the momentum methods and the adaptive ones race down. Changing the learning rate while it plays reaches the editor's design (SGD) only.</source>
      <translation>Кривые потерь: SGD и AdaGrad сильно отстают; методы с импульсом и адаптивные методы стремительно идут вниз. Изменение скорости обучения во время работы затрагивает только схему в редакторе (SGD).</translation>
    </message>
    <message>
      <source>The loss on clean test digits falls from about 0.23 to about 0.02 within 400 steps.</source>
      <translation>Потери на чистых тестовых цифрах падают примерно с 0.23 до 0.02 за 400 шагов.</translation>
    </message>
    <message>
      <source>The loss stays at about 0.69 (ln 2, a coin toss) and accuracy near 50%, while the first layer's gradient is more than ten thousand times smaller than the last layer's.</source>
      <translation>Потери держатся около 0.69 (ln 2, подбрасывание монеты), а точность — около 50%, тогда как градиент первого слоя более чем в десять тысяч раз меньше, чем градиент последнего.</translation>
    </message>
    <message>
      <source>The loss surface the optimizers descend</source>
      <translation>Поверхность потерь, по которой спускаются оптимизаторы</translation>
    </message>
    <message>
      <source>The model could not be exported: {error}</source>
      <translation>Не удалось экспортировать модель: {error}</translation>
    </message>
    <message>
      <source>The network sees the centre patch and one neighbour, and must say where the neighbour was cut from. Here the neighbour sits in its true place; the frame marks the network's guess.</source>
      <translation>Сеть видит центральный фрагмент и одного соседа и должна сказать, откуда вырезан сосед. Здесь сосед стоит на своём настоящем месте; рамка отмечает догадку сети.</translation>
    </message>
    <message>
      <source>The network's head: says what the outputs mean (task) and how errors are measured (loss).</source>
      <translation>«Голова» сети: определяет, что означают выходы (задача) и как измеряются ошибки (функция потерь).</translation>
    </message>
    <message>
      <source>The neuron fires (outputs 1) when the weighted sum of its inputs is at least θ: with weights 1, 1, θ = 2 gives AND and θ = 1 gives OR.</source>
      <translation>Нейрон срабатывает (выдаёт 1), когда взвешенная сумма его входов не меньше θ: при весах 1, 1 порог θ = 2 даёт AND, а θ = 1 — OR.</translation>
    </message>
    <message>
      <source>The next test sample</source>
      <translation>Следующий тестовый образец</translation>
    </message>
    <message>
      <source>The next test sequence</source>
      <translation>Следующая тестовая последовательность</translation>
    </message>
    <message>
      <source>The numeric columns of the CSV file fed to the network, one input each.</source>
      <translation>Числовые столбцы файла CSV, подаваемые в сеть, по одному входу на каждый.</translation>
    </message>
    <message>
      <source>The opposite of vanishing: this ReLU RNN starts with recurrent weights of gain 2, so backpropagation through 30 steps can multiply the gradient by up to 2 at each step. One such step would throw the weights far away. Gradient clipping rescales the whole gradient whenever its norm exceeds 1, keeping its direction and bounding its size, and the network learns to forecast the wave.</source>
      <translation>Противоположность затуханию: эта RNN с ReLU стартует с рекуррентными весами с усилением 2, поэтому обратное распространение через 30 шагов может умножать градиент до 2 раз на каждом шаге. Один такой шаг отбросил бы веса очень далеко. Обрезка градиентов перемасштабирует весь градиент, как только его норма превышает 1, сохраняя направление и ограничивая величину, и сеть учится прогнозировать волну.</translation>
    </message>
    <message>
      <source>The optimizer's colour and the loss where its path has got to; a path that leaves the view had too large a learning rate and stops there</source>
      <translation>Цвет оптимизатора и потери в точке, куда дошла его траектория; траектория, уходящая за пределы обзора, имела слишком большую скорость обучения и там останавливается</translation>
    </message>
    <message>
      <source>The output range the colours span for this layer</source>
      <translation>Диапазон выходов, который охватывают цвета для этого слоя</translation>
    </message>
    <message>
      <source>The paths could not be computed: {error}</source>
      <translation>Не удалось вычислить траектории: {error}</translation>
    </message>
    <message>
      <source>The plain sigmoid's first layer gets less than 1/1000 of the last layer's gradient and stays near chance (under 75% on the test set); each cure keeps the ratio above 1/20; ReLU + He and the skips pass 90% on the test set, BatchNorm (whose loss jumps from batch to batch) 80%.</source>
      <translation>Первый слой обычной сигмоидной сети получает менее 1/1000 градиента последнего слоя, и сеть остаётся на уровне случайного угадывания (менее 75% на тестовой выборке); каждое средство держит это отношение выше 1/20; ReLU + He и обходные соединения превышают 90% на тестовой выборке, BatchNorm (чьи потери скачут от пакета к пакету) — 80%.</translation>
    </message>
    <message>
      <source>The plots could not be saved in {folder}: {reason}</source>
      <translation>Не удалось сохранить графики в {folder}: {reason}</translation>
    </message>
    <message>
      <source>The plots show the past: training goes on from the newest step</source>
      <translation>Графики показывают прошлое: обучение продолжается с самого нового шага</translation>
    </message>
    <message>
      <source>The pretrained weights file {path} does not exist: choose another file under Start from weights, or clear it for a random start</source>
      <translation>Файл предобученных весов {path} не существует: выберите другой файл в поле «Старт с весов» или очистите его для случайного старта</translation>
    </message>
    <message>
      <source>The previous test sample</source>
      <translation>Предыдущий тестовый образец</translation>
    </message>
    <message>
      <source>The previous test sequence</source>
      <translation>Предыдущая тестовая последовательность</translation>
    </message>
    <message>
      <source>The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; '{name}' branches into {n} layers.</source>
      <translation>Быстрый конструктор редактирует простой стек Вход → Dense → Активация → … → Dense → Выход; '{name}' разветвляется на слои (количество: {n}).</translation>
    </message>
    <message>
      <source>The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; '{name}' merges several inputs.</source>
      <translation>Быстрый конструктор редактирует простой стек Вход → Dense → Активация → … → Dense → Выход; '{name}' объединяет несколько входов.</translation>
    </message>
    <message>
      <source>The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; some layers are not on the path from the Input.</source>
      <translation>Быстрый конструктор редактирует простой стек Вход → Dense → Активация → … → Dense → Выход; некоторые слои не лежат на пути от входа.</translation>
    </message>
    <message>
      <source>The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; this design has {n} Input layers.</source>
      <translation>Быстрый конструктор редактирует простой стек Вход → Dense → Активация → … → Dense → Выход; в этой схеме входных слоёв: {n}.</translation>
    </message>
    <message>
      <source>The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; this design is {found}.</source>
      <translation>Быстрый конструктор редактирует простой стек Вход → Dense → Активация → … → Dense → Выход; эта схема — {found}.</translation>
    </message>
    <message>
      <source>The race so far and the surface's lesson</source>
      <translation>Ход гонки и урок этой поверхности</translation>
    </message>
    <message>
      <source>The reconstruction loss falls from about 0.23 to about 0.05 within 400 steps.</source>
      <translation>Потери реконструкции падают примерно с 0.23 до 0.05 за 400 шагов.</translation>
    </message>
    <message>
      <source>The reconstruction loss falls from about 0.23 to under 0.1 within 400 steps.</source>
      <translation>Потери реконструкции падают примерно с 0.23 до менее чем 0.1 за 400 шагов.</translation>
    </message>
    <message>
      <source>The regions need step units: Threshold neurons or a step activation</source>
      <translation>Для областей нужны пороговые нейроны: нейроны Threshold или пороговая активация</translation>
    </message>
    <message>
      <source>The regions panel: seven coloured regions, each labelled with its code (which units fire), and the caption comparing them with a tree's four leaves; the neurons panel shows each unit's line.</source>
      <translation>Панель «Области»: семь цветных областей, каждая подписана своим кодом (какие нейроны срабатывают), и подпись, сравнивающая их с четырьмя листьями дерева; панель «Нейроны» показывает прямую каждого нейрона.</translation>
    </message>
    <message>
      <source>The reverse of a strided convolution: spreads each pixel over a kernel-sized patch, so a decoder can grow a small code back into an image. Output side: (H − 1)·stride − 2·padding + kernel + output padding.</source>
      <translation>Обратная к свёртке с шагом: распределяет каждый пиксель на участок размером с ядро, поэтому декодер может снова вырастить из маленького кода изображение. Сторона выхода: (H − 1)·stride − 2·padding + kernel + output padding.</translation>
    </message>
    <message>
      <source>The run could not be saved: {error}</source>
      <translation>Не удалось сохранить запуск: {error}</translation>
    </message>
    <message>
      <source>The same Dense layer applied to every time step (TimeDistributed): time×features → time×units. Put it after a recurrent layer that returns sequences for a many-to-many output.</source>
      <translation>Тот же слой Dense, применённый к каждому временному шагу (TimeDistributed): время×признаки → время×нейроны. Поставьте его после рекуррентного слоя, возвращающего последовательности, для выхода «многие ко многим».</translation>
    </message>
    <message>
      <source>The same GAN with a classifier's step sizes: learning rate 0.03 and β1 = 0.9. The generator overshoots towards whatever the discriminator currently calls real, and its points gather into a single blob that the discriminator chases across the plane: mode collapse. The generator then produces the same point whatever noise it gets, and the game never settles.</source>
      <translation>Та же GAN с размерами шагов классификатора: скорость обучения 0.03 и β1 = 0.9. Генератор проскакивает к тому, что дискриминатор сейчас считает настоящим, и его точки собираются в одно пятно, которое дискриминатор гоняет по плоскости: коллапс мод. Тогда генератор выдаёт одну и ту же точку, какой бы шум ни получал, и игра никогда не уравновешивается.</translation>
    </message>
    <message>
      <source>The same depth with ReLU and He initialisation: gradients reach the first layer at a healthy size.</source>
      <translation>Та же глубина с ReLU и инициализацией He: градиенты доходят до первого слоя нормальной величины.</translation>
    </message>
    <message>
      <source>The same eight-layer network four times. Plain sigmoid layers multiply the gradient by at most 0.25 per layer, so almost nothing reaches the first layers. ReLU with He initialisation keeps the slope at 1; BatchNorm keeps every sigmoid in its steep middle; skip connections (Add) give the gradient a path around each layer.</source>
      <translation>Одна и та же восьмислойная сеть четыре раза. Обычные сигмоидные слои умножают градиент не более чем на 0.25 на каждом слое, поэтому до первых слоёв почти ничего не доходит. ReLU с инициализацией He сохраняет наклон равным 1; BatchNorm удерживает каждую сигмоиду в её крутой средней части; обходные соединения (Add) дают градиенту путь в обход каждого слоя.</translation>
    </message>
    <message>
      <source>The same memory task with an LSTM of the same size. The LSTM's cell state is updated by addition, and its forget gate decides how much of it to keep at each step. Starting with the forget gate open (bias 5), the cell passes the first symbol, and its gradient, through all 80 steps almost unchanged.</source>
      <translation>Та же задача на память с LSTM того же размера. Состояние ячейки LSTM обновляется сложением, а вентиль забывания решает, сколько его сохранить на каждом шаге. Если вентиль забывания изначально открыт (смещение 5), ячейка проносит первый символ и его градиент через все 80 шагов почти без изменений.</translation>
    </message>
    <message>
      <source>The same single step neuron on OR: class 1 wherever at least one input is positive, so only the bottom-left cluster is class 0. OR is linearly separable too, and the perceptron rule finds a separating line just as quickly. The weights it ends with differ from AND's mainly in the bias: the threshold moves, the line's direction stays similar. Open the AND lesson afterwards and compare the two lines.</source>
      <translation>Тот же одиночный пороговый нейрон на OR: класс 1 везде, где хотя бы один вход положителен, поэтому только нижний левый кластер имеет класс 0. OR тоже линейно разделим, и правило перцептрона так же быстро находит разделяющую прямую. Итоговые веса отличаются от весов для AND в основном смещением: порог сдвигается, а направление прямой остаётся похожим. Затем откройте урок про AND и сравните две прямые.</translation>
    </message>
    <message>
      <source>The same tanh network started four ways: Glorot, all zeros, far too large, and He with ReLU.</source>
      <translation>Одна и та же сеть tanh, запущенная четырьмя способами: Glorot, все нули, слишком большие веса и He с ReLU.</translation>
    </message>
    <message>
      <source>The same ten-layer depth with ReLU units and He initialisation. ReLU's slope is 1 wherever a unit is active, and He initialisation scales the weights by the square root of 2 over the number of inputs so that the signal keeps its size going forwards and the gradient keeps its size going backwards. Every layer now learns, and the deep network solves the circle that the sigmoid network could not.</source>
      <translation>Та же глубина в десять слоёв с нейронами ReLU и инициализацией He. Наклон ReLU равен 1 везде, где нейрон активен, а инициализация He масштабирует веса на корень из 2, делённых на число входов, чтобы сигнал сохранял величину при прямом проходе, а градиент — при обратном. Теперь обучается каждый слой, и глубокая сеть решает задачу круга, с которой не справилась сеть с сигмоидой.</translation>
    </message>
    <message>
      <source>The sample's true class</source>
      <translation>Истинный класс образца</translation>
    </message>
    <message>
      <source>The shown sequence in words: what the network should answer and what it answered</source>
      <translation>Показанная последовательность словами: что сеть должна была ответить и что она ответила</translation>
    </message>
    <message>
      <source>The single unit of {layer}, one row per class · {n} test samples</source>
      <translation>Единственный нейрон слоя {layer}, по строке на класс · тестовых образцов: {n}</translation>
    </message>
    <message>
      <source>The start of the text as word2vec reads it: lower-case words of the vocabulary only (rarer words are left out). Each word learns a vector from the words around it</source>
      <translation>Начало текста в том виде, в каком его читает word2vec: только слова словаря в нижнем регистре (более редкие слова пропущены). Каждое слово выучивает вектор по окружающим его словам</translation>
    </message>
    <message>
      <source>The state_dict and the project's design in one file; load it with torch.load(path, weights_only=True).</source>
      <translation>state_dict и схема проекта в одном файле; загрузите его с помощью torch.load(path, weights_only=True).</translation>
    </message>
    <message>
      <source>The step and epoch on show</source>
      <translation>Показанные шаг и эпоха</translation>
    </message>
    <message>
      <source>The straight boundary in the decision-boundary panel turns and shifts after each error until it cuts the top-right cluster off from the other three.</source>
      <translation>Прямая граница на панели границы решений поворачивается и сдвигается после каждой ошибки, пока не отделит верхний правый кластер от трёх остальных.</translation>
    </message>
    <message>
      <source>The target column {target} holds a single class ({names}): a classifier needs at least two.</source>
      <translation>Целевой столбец {target} содержит только один класс ({names}): классификатору нужно не менее двух.</translation>
    </message>
    <message>
      <source>The target column {target} holds {count} different values, more than the {most} classes a network here can tell apart: predict it as values (regression) instead.</source>
      <translation>Целевой столбец {target} содержит различных значений: {count} — больше, чем классов, которые здесь может различить сеть ({most}): прогнозируйте его как значения (регрессия).</translation>
    </message>
    <message>
      <source>The target distribution you drew: real samples scatter around these points.</source>
      <translation>Нарисованное вами целевое распределение: настоящие образцы разбрасываются вокруг этих точек.</translation>
    </message>
    <message>
      <source>The task: remember the first of 80 symbols; everything after it is noise. A plain tanh RNN has to carry the symbol through 80 multiplications by its recurrent weights, and backpropagation through time multiplies the gradient just as often on the way back, so the gradient from the answer to the first step vanishes. The network never finds out that the first symbol matters.</source>
      <translation>Задача: запомнить первый из 80 символов; всё после него — шум. Простая RNN с tanh должна пронести символ через 80 умножений на рекуррентные веса, а обратное распространение во времени так же часто умножает градиент на обратном пути, поэтому градиент от ответа к первому шагу затухает. Сеть так и не узнаёт, что первый символ важен.</translation>
    </message>
    <message>
      <source>The test accuracy of both variants in the first hundred steps, and the filters panel: the pretrained filters do not change, the scratch filters barely move away from noise.</source>
      <translation>Точность на тесте обоих вариантов за первые сто шагов и панель фильтров: предобученные фильтры не меняются, а фильтры, обучаемые с нуля, едва отходят от шума.</translation>
    </message>
    <message>
      <source>The test loss (mean squared error) falls below 0.005 within 100 steps.</source>
      <translation>Потери на тесте (среднеквадратичная ошибка) падают ниже 0.005 за 100 шагов.</translation>
    </message>
    <message>
      <source>The text has {count} characters, too few for training and test windows of {steps} steps: set the sequence length to at most {most}.</source>
      <translation>Текст содержит символов: {count} — слишком мало для обучающих и тестовых окон длиной {steps} шагов: задайте длину последовательности не больше {most}.</translation>
    </message>
    <message>
      <source>The three hand-set neurons answer all four rows of XOR correctly (100% accuracy).</source>
      <translation>Три заданных вручную нейрона правильно отвечают во всех четырёх строках XOR (точность 100%).</translation>
    </message>
    <message>
      <source>The training device changes at the next Reset; this run stays where it is</source>
      <translation>Устройство обучения сменится после следующего сброса; этот запуск остаётся там, где есть</translation>
    </message>
    <message>
      <source>The training engine (torch) could not be loaded: {kind}: {error}</source>
      <translation>Не удалось загрузить движок обучения (torch): {kind}: {error}</translation>
    </message>
    <message>
      <source>The truth table of XOR (all rows green) and the regions panel: the two first-layer neurons are two parallel lines, and XOR's 1s lie in the band between them (code 11).</source>
      <translation>Таблица истинности XOR (все строки зелёные) и панель «Области»: два нейрона первого слоя — две параллельные прямые, а единицы XOR лежат в полосе между ними (код 11).</translation>
    </message>
    <message>
      <source>The truth table of a logic gate: binary inputs 0 and 1, the target is the gate's output (choose the gate).</source>
      <translation>Таблица истинности логического элемента: бинарные входы 0 и 1, цель — выход логического элемента (выберите элемент).</translation>
    </message>
    <message>
      <source>The truth table: every combination of the two inputs, the neuron's answer and the gate's, green where they agree. It changes the moment you edit a weight or θ.</source>
      <translation>Таблица истинности: все комбинации двух входов, ответ нейрона и ответ логического элемента; зелёным — где они совпадают. Она меняется в тот же момент, когда вы меняете вес или θ.</translation>
    </message>
    <message>
      <source>The two rows of the truth table: input 0 gives 1, input 1 gives 0.</source>
      <translation>Две строки таблицы истинности: вход 0 даёт 1, вход 1 даёт 0.</translation>
    </message>
    <message>
      <source>The variant with the lowest test loss at the latest step</source>
      <translation>Вариант с наименьшими потерями на тесте на последнем шаге</translation>
    </message>
    <message>
      <source>The weights in the safe, fast safetensors format; the design JSON travels in the file's metadata.</source>
      <translation>Веса в безопасном и быстром формате safetensors; JSON схемы хранится в метаданных файла.</translation>
    </message>
    <message>
      <source>The whole computation with its weights, runnable without this app's code: torch.export.load(path).module(). Any batch size.</source>
      <translation>Всё вычисление вместе с весами, которое можно запустить без кода этой программы: torch.export.load(path).module(). Любой размер пакета.</translation>
    </message>
    <message>
      <source>The word vectors of a word2vec design with their words: a first line 'words dimension', then a word and its numbers per line. gensim reads it with KeyedVectors.load_word2vec_format(path).</source>
      <translation>Векторы слов схемы word2vec вместе со словами: первая строка «число_слов размерность», затем в каждой строке слово и его числа. gensim читает файл через KeyedVectors.load_word2vec_format(path).</translation>
    </message>
    <message>
      <source>The word vectors themselves (the lecture's formula)</source>
      <translation>Сами векторы слов (формула из лекции)</translation>
    </message>
    <message>
      <source>The word2vec objective (skip-gram with negative sampling): for a centre word u and a word w of its context, maximise ln σ⟨x′_w, x_u⟩ + Σ ln σ(−⟨x′_v, x_u⟩) over k noise words v drawn with probability ∝ count^0.75. Words that share contexts end up with close vectors x_u (the Embedding's weight).</source>
      <translation>Целевая функция word2vec (skip-gram с отрицательным сэмплированием): для центрального слова u и слова w из его контекста максимизировать ln σ⟨x′_w, x_u⟩ + Σ ln σ(−⟨x′_v, x_u⟩) по k шумовым словам v, выбираемым с вероятностью ∝ count^0.75. Слова с общими контекстами получают близкие векторы x_u (вес слоя Embedding).</translation>
    </message>
    <message>
      <source>The {language} translation is missing; the app stays in English.</source>
      <translation>Перевод ({language}) отсутствует; программа остаётся на английском.</translation>
    </message>
    <message>
      <source>There is no hidden layer to remove: the stack is Input → Dense → Output.</source>
      <translation>Нет скрытого слоя для удаления: стек — Вход → Dense → Выход.</translation>
    </message>
    <message>
      <source>There is no history yet: train a few steps first.</source>
      <translation>Истории ещё нет: сначала выполните несколько шагов обучения.</translation>
    </message>
    <message>
      <source>Thirty training points with much noise and a network of two layers of 64 units: it can learn every point by heart, noise included. L1 and L2 penalties keep the weights small, dropout switches random units off at every step, and early stopping goes back to the weights at the lowest test loss when it stops improving for 300 steps.</source>
      <translation>Тридцать обучающих точек с сильным шумом и сеть из двух слоёв по 64 нейрона: она может выучить каждую точку наизусть вместе с шумом. Штрафы L1 и L2 удерживают веса малыми, дропаут на каждом шаге отключает случайные нейроны, а ранняя остановка возвращается к весам с наименьшими потерями на тесте, когда те не улучшаются 300 шагов подряд.</translation>
    </message>
    <message>
      <source>This autoencoder has 64 code units, but a sparsity penalty, the KL divergence between a target activity ρ = 0.05 and each unit's mean activity, pushes most of them to stay quiet for any one digit. Each unit then specialises in a part of the digits: a sparse code, as found in the visual cortex.</source>
      <translation>У этого автокодировщика 64 нейрона кода, но штраф за разреженность — KL-дивергенция между целевой активностью ρ = 0.05 и средней активностью каждого нейрона — заставляет большинство из них молчать для любой отдельной цифры. Тогда каждый нейрон специализируется на части цифр: разреженный код, как в зрительной коре.</translation>
    </message>
    <message>
      <source>This column holds text or empty cells: it cannot be a feature as it is</source>
      <translation>Этот столбец содержит текст или пустые ячейки: в таком виде он не может быть признаком</translation>
    </message>
    <message>
      <source>Three McCulloch–Pitts neurons in two layers compute XOR, which no single neuron can: the first layer computes OR and NAND of the inputs, the second fires when both of them fire.</source>
      <translation>Три нейрона Мак-Каллока — Питтса в двух слоях вычисляют XOR, чего не может ни один отдельный нейрон: первый слой вычисляет OR и NAND входов, второй срабатывает, когда срабатывают оба.</translation>
    </message>
    <message>
      <source>Three step units (hand-set McCulloch–Pitts neurons), each a line across the plane, split it into 7 regions; a dense head learns which regions hold the disc. A decision tree with three tests has only 4 leaves.</source>
      <translation>Три пороговых нейрона (заданные вручную нейроны Мак-Каллока — Питтса), каждый — прямая через плоскость, делят её на 7 областей; полносвязная выходная часть учится, в каких областях лежит круг. У дерева решений с тремя проверками всего 4 листа.</translation>
    </message>
    <message>
      <source>Threshold θ</source>
      <translation>Порог θ</translation>
    </message>
    <message>
      <source>Time steps in each sequence. Longer sequences make long-range dependencies harder to learn.</source>
      <translation>Временные шаги в каждой последовательности. На более длинных последовательностях дальние зависимости изучать труднее.</translation>
    </message>
    <message>
      <source>Too large (σ = 4)</source>
      <translation>Слишком большие (σ = 4)</translation>
    </message>
    <message>
      <source>Topic: {topic}</source>
      <translation>Тема: {topic}</translation>
    </message>
    <message>
      <source>Traditional English nursery rhymes (public domain)</source>
      <translation>Традиционные английские детские стишки (общественное достояние)</translation>
    </message>
    <message>
      <source>Train</source>
      <translation>Обучение</translation>
    </message>
    <message>
      <source>Train continuously (Space)</source>
      <translation>Обучать непрерывно (Space)</translation>
    </message>
    <message>
      <source>Train on an NVIDIA graphics card (CUDA): faster for image and sequence models, often slower for small 2D networks</source>
      <translation>Обучать на видеокарте NVIDIA (CUDA): быстрее для моделей изображений и последовательностей, часто медленнее для небольших 2D-сетей</translation>
    </message>
    <message>
      <source>Train on one batch, then stop</source>
      <translation>Обучить на одном пакете и остановиться</translation>
    </message>
    <message>
      <source>Train on the graphics processor of a Mac with Apple silicon (Metal Performance Shaders)</source>
      <translation>Обучать на графическом процессоре Mac с процессором Apple (Metal Performance Shaders)</translation>
    </message>
    <message>
      <source>Train one epoch (every training point once), then stop (Shift+Space)</source>
      <translation>Обучить одну эпоху (каждая обучающая точка один раз), затем остановиться (Shift+Space)</translation>
    </message>
    <message>
      <source>Train only the design in the editor again (the frozen copies are dropped; Undo brings them back)</source>
      <translation>Снова обучать только схему в редакторе (замороженные копии отбрасываются; «Отменить» возвращает их)</translation>
    </message>
    <message>
      <source>Train ratio</source>
      <translation>Доля для обучения</translation>
    </message>
    <message>
      <source>Trained &amp;Model</source>
      <translation>Обученная &amp;модель</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Обучение</translation>
    </message>
    <message>
      <source>Training device: {device}</source>
      <translation>Устройство обучения: {device}</translation>
    </message>
    <message>
      <source>Training history</source>
      <translation>История обучения</translation>
    </message>
    <message>
      <source>Training images per class</source>
      <translation>Обучающие изображения на класс</translation>
    </message>
    <message>
      <source>Training loss</source>
      <translation>Потери на обучении</translation>
    </message>
    <message>
      <source>Training speed: slow motion (2 steps per second) for a lecture, up to as fast as possible</source>
      <translation>Скорость обучения: замедленно (2 шага в секунду) для лекции — вплоть до максимально быстрой</translation>
    </message>
    <message>
      <source>Training stopped: {message}</source>
      <translation>Обучение остановлено: {message}</translation>
    </message>
    <message>
      <source>Transfer learning</source>
      <translation>Перенос обучения</translation>
    </message>
    <message>
      <source>Transfer learning: reuse pretrained filters</source>
      <translation>Перенос обучения: повторное использование предобученных фильтров</translation>
    </message>
    <message>
      <source>Transfer learning: the two convolution layers start from weights pretrained on the digits 0–4 (resources/pretrained/digits-conv.safetensors) and are frozen; only the last Dense layer learns the digits 5–9 from 10 labelled images of each. The second variant trains the same network from scratch on the same images.</source>
      <translation>Перенос обучения (transfer learning): два свёрточных слоя стартуют с весов, предобученных на цифрах 0–4 (resources/pretrained/digits-conv.safetensors), и заморожены; только последний слой Dense изучает цифры 5–9 по 10 размеченным изображениям каждой. Второй вариант обучает ту же сеть с нуля на тех же изображениях.</translation>
    </message>
    <message>
      <source>Truth table</source>
      <translation>Таблица истинности</translation>
    </message>
    <message>
      <source>Turns each symbol id into a learned vector: a lookup table of vocabulary × dimension. Text enters the network this way.</source>
      <translation>Превращает каждый идентификатор символа в обучаемый вектор: таблица поиска размера словарь × размерность. Именно так текст попадает в сеть.</translation>
    </message>
    <message>
      <source>Two interleaved half circles.</source>
      <translation>Два переплетённых полукруга.</translation>
    </message>
    <message>
      <source>Two interleaved spirals are much harder than XOR: the boundary has to wind around the centre several times. Three hidden layers of 16 tanh units compose simple bends into a winding boundary: each layer works on the features the previous one made. Try removing a layer or shrinking the layers to 4 units and press Reset: the network no longer has the capacity to follow the arms.</source>
      <translation>Две переплетённые спирали гораздо сложнее XOR: граница должна несколько раз обвиться вокруг центра. Три скрытых слоя по 16 нейронов tanh складывают простые изгибы в извилистую границу: каждый слой работает с признаками, созданными предыдущим. Попробуйте удалить слой или уменьшить слои до 4 нейронов и нажмите «Сбросить»: сети уже не хватает ёмкости, чтобы следовать за рукавами.</translation>
    </message>
    <message>
      <source>Two interleaved spirals need depth: three tanh layers of 16 units learn to follow the arms.</source>
      <translation>Две переплетённые спирали требуют глубины: три слоя tanh по 16 нейронов учатся следовать за рукавами.</translation>
    </message>
    <message>
      <source>Two minima</source>
      <translation>Два минимума</translation>
    </message>
    <message>
      <source>Two moons</source>
      <translation>Две луны</translation>
    </message>
    <message>
      <source>Type to filter the layers by name, category or description</source>
      <translation>Введите текст, чтобы отфильтровать слои по имени, категории или описанию</translation>
    </message>
    <message>
      <source>Type up to six words separated by commas or spaces and press Enter: the panel lists the words whose vectors are closest to each (cosine similarity, 1 = the same direction)</source>
      <translation>Введите до шести слов через запятую или пробел и нажмите Enter: панель покажет слова, чьи векторы ближе всего к каждому из них (косинусное сходство, 1 = то же направление)</translation>
    </message>
    <message>
      <source>UCI optical digits (E. Alpaydin, C. Kaynak, 1998), CC BY 4.0</source>
      <translation>Оптические цифры UCI (E. Alpaydin, C. Kaynak, 1998), CC BY 4.0</translation>
    </message>
    <message>
      <source>Uniform on [−1, 1]</source>
      <translation>Равномерная на [−1, 1]</translation>
    </message>
    <message>
      <source>Uniform ±1/√hidden (PyTorch default)</source>
      <translation>Равномерная ±1/√hidden (по умолчанию в PyTorch)</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Нейроны</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Несохранённые изменения</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Без названия</translation>
    </message>
    <message>
      <source>Update steps done, passes over the training data, and training speed</source>
      <translation>Выполненные шаги обновления, проходы по обучающим данным и скорость обучения</translation>
    </message>
    <message>
      <source>Updates of about 1/1000 of the weights usually mean a well-chosen learning rate</source>
      <translation>Обновления около 1/1000 от весов обычно означают хорошо подобранную скорость обучения</translation>
    </message>
    <message>
      <source>Use features: {n}</source>
      <translation>Использовать признаки: {n}</translation>
    </message>
    <message>
      <source>Use images from {name}</source>
      <translation>Использовать изображения из {name}</translation>
    </message>
    <message>
      <source>Use table {file}</source>
      <translation>Использовать таблицу {file}</translation>
    </message>
    <message>
      <source>Use {name}</source>
      <translation>Использовать {name}</translation>
    </message>
    <message>
      <source>Values (regression)</source>
      <translation>Значения (регрессия)</translation>
    </message>
    <message>
      <source>Vanishing gradients in a deep sigmoid net</source>
      <translation>Затухание градиентов в глубокой сигмоидной сети</translation>
    </message>
    <message>
      <source>Vanishing: no gradient at all reaches the first step — the early inputs do not learn.</source>
      <translation>Затухание: до первого шага градиент совсем не доходит — ранние входы не обучаются.</translation>
    </message>
    <message>
      <source>Vanishing: the first step gets {ratio} of the last step's gradient — the early inputs barely learn.</source>
      <translation>Затухание: первый шаг получает {ratio} градиента последнего шага — ранние входы едва обучаются.</translation>
    </message>
    <message>
      <source>Viewing step {step} of {last} — press Live or Play to return</source>
      <translation>Просмотр шага {step} из {last} — нажмите «Текущее состояние» или «Пуск», чтобы вернуться</translation>
    </message>
    <message>
      <source>Vocabulary</source>
      <translation>Словарь</translation>
    </message>
    <message>
      <source>Vocabulary size</source>
      <translation>Размер словаря</translation>
    </message>
    <message>
      <source>Waiting for the RBM…</source>
      <translation>Ожидание RBM…</translation>
    </message>
    <message>
      <source>Waiting for the boundary…</source>
      <translation>Ожидание границы…</translation>
    </message>
    <message>
      <source>Waiting for the feature maps…</source>
      <translation>Ожидание карт признаков…</translation>
    </message>
    <message>
      <source>Waiting for the filters…</source>
      <translation>Ожидание фильтров…</translation>
    </message>
    <message>
      <source>Waiting for the gates…</source>
      <translation>Ожидание вентилей…</translation>
    </message>
    <message>
      <source>Waiting for the generator…</source>
      <translation>Ожидание генератора…</translation>
    </message>
    <message>
      <source>Waiting for the gradients through time…</source>
      <translation>Ожидание градиентов во времени…</translation>
    </message>
    <message>
      <source>Waiting for the gradients…</source>
      <translation>Ожидание градиентов…</translation>
    </message>
    <message>
      <source>Waiting for the histograms…</source>
      <translation>Ожидание гистограмм…</translation>
    </message>
    <message>
      <source>Waiting for the latent codes…</source>
      <translation>Ожидание латентных кодов…</translation>
    </message>
    <message>
      <source>Waiting for the network's first text…</source>
      <translation>Ожидание первого текста сети…</translation>
    </message>
    <message>
      <source>Waiting for the neuron maps…</source>
      <translation>Ожидание карт нейронов…</translation>
    </message>
    <message>
      <source>Waiting for the predictions…</source>
      <translation>Ожидание прогнозов…</translation>
    </message>
    <message>
      <source>Waiting for the reconstructions…</source>
      <translation>Ожидание реконструкций…</translation>
    </message>
    <message>
      <source>Waiting for the test-set results…</source>
      <translation>Ожидание результатов на тестовой выборке…</translation>
    </message>
    <message>
      <source>Waiting for the truth table…</source>
      <translation>Ожидание таблицы истинности…</translation>
    </message>
    <message>
      <source>Waiting for the word vectors…</source>
      <translation>Ожидание векторов слов…</translation>
    </message>
    <message>
      <source>Watch for: {text}</source>
      <translation>Обратите внимание: {text}</translation>
    </message>
    <message>
      <source>Weight init</source>
      <translation>Инициализация весов</translation>
    </message>
    <message>
      <source>Weight β of the KL sparsity penalty (0: off).</source>
      <translation>Вес β штрафа за разреженность KL (0: выключено).</translation>
    </message>
    <message>
      <source>Weights</source>
      <translation>Веса</translation>
    </message>
    <message>
      <source>Weights w</source>
      <translation>Веса w</translation>
    </message>
    <message>
      <source>What the colours mean: filled dots are training points, rings are test points</source>
      <translation>Что означают цвета: закрашенные точки — обучающие, кольца — тестовые</translation>
    </message>
    <message>
      <source>What the network predicts.</source>
      <translation>Что предсказывает сеть.</translation>
    </message>
    <message>
      <source>What the run does now: first it learns without labels (the pretraining), then the labels fine-tune the network by backprop</source>
      <translation>Что запуск делает сейчас: сначала обучается без меток (предобучение), затем метки дообучают сеть обратным распространением ошибки</translation>
    </message>
    <message>
      <source>What the run is doing</source>
      <translation>Что сейчас делает запуск</translation>
    </message>
    <message>
      <source>What the slopes of the shown functions mean for backpropagation</source>
      <translation>Что наклоны показанных функций означают для обратного распространения ошибки</translation>
    </message>
    <message>
      <source>What z is drawn from.</source>
      <translation>Из какого распределения берётся z.</translation>
    </message>
    <message>
      <source>When the network predicts: once after the whole sequence, or at every step.</source>
      <translation>Когда сеть делает прогноз: один раз после всей последовательности или на каждом шаге.</translation>
    </message>
    <message>
      <source>Where a GAN's generator starts: a random vector z, drawn anew for every sample. The generator learns to turn it into samples that look real.</source>
      <translation>Откуда стартует генератор GAN: случайный вектор z, генерируемый заново для каждого образца. Генератор учится превращать его в образцы, выглядящие настоящими.</translation>
    </message>
    <message>
      <source>Where the data enters the network. Its shape follows the data settings: the number of features, or channels×height×width for images.</source>
      <translation>Место, где данные входят в сеть. Его форма определяется настройками данных: число признаков или каналы×высота×ширина для изображений.</translation>
    </message>
    <message>
      <source>Where training runs: the processor (CPU) or a graphics card (GPU)</source>
      <translation>Где идёт обучение: на процессоре (CPU) или на видеокарте (GPU)</translation>
    </message>
    <message>
      <source>Whether the CSV file's first row holds the column names.</source>
      <translation>Содержит ли первая строка файла CSV имена столбцов.</translation>
    </message>
    <message>
      <source>Which convolution layer's filters to show</source>
      <translation>Фильтры какого свёрточного слоя показать</translation>
    </message>
    <message>
      <source>Which digits the data holds (the classes keep their numbers, so the network still has 10 outputs): pretrain on 0–4, then teach 5–9 with few examples.</source>
      <translation>Какие цифры содержат данные (классы сохраняют свои номера, поэтому сеть по-прежнему имеет 10 выходов): предобучите на 0–4, затем обучите 5–9 на нескольких примерах.</translation>
    </message>
    <message>
      <source>Which logic gate's truth table the logic dataset holds: every combination of 0/1 inputs and the gate's output.</source>
      <translation>Таблицу истинности какого логического элемента содержит логический набор данных: все комбинации входов 0/1 и выход элемента.</translation>
    </message>
    <message>
      <source>Which network learns (GAN): both in turn, or freeze one to watch the other move.</source>
      <translation>Какая сеть обучается (GAN): обе по очереди, или заморозьте одну, чтобы наблюдать, как движется другая.</translation>
    </message>
    <message>
      <source>Which of the test sequences the probe sent is shown, and its index in the test set</source>
      <translation>Какая из тестовых последовательностей, отправленных зондом, показана, и её индекс в тестовой выборке</translation>
    </message>
    <message>
      <source>Which problem the network learns.</source>
      <translation>Какую задачу изучает сеть.</translation>
    </message>
    <message>
      <source>Which recurrent layer's gates are shown</source>
      <translation>Вентили какого рекуррентного слоя показаны</translation>
    </message>
    <message>
      <source>Which sample the maps show; hover a map to see its layer, channel and range</source>
      <translation>Какой образец показывают карты; наведите на карту, чтобы увидеть её слой, канал и диапазон</translation>
    </message>
    <message>
      <source>Which test sample goes through the network (its index in the test set)</source>
      <translation>Какой тестовый образец проходит через сеть (его номер в тестовой выборке)</translation>
    </message>
    <message>
      <source>Which test sequence goes through the network (its index in the test set)</source>
      <translation>Какая тестовая последовательность проходит через сеть (её номер в тестовой выборке)</translation>
    </message>
    <message>
      <source>Which vectors x′ the context and noise words use: a second matrix the head learns (word2vec), or the word vectors x themselves, as in the lecture's formula.</source>
      <translation>Какие векторы x′ используют контекстные и шумовые слова: вторую матрицу, которую учит выходная часть (word2vec), или сами векторы слов x, как в формуле из лекции.</translation>
    </message>
    <message>
      <source>While paused: drag (or use the arrow keys, Home, End) to show the plots at an earlier step</source>
      <translation>Во время паузы: перетащите (или используйте стрелки, Home, End), чтобы показать графики на одном из прошлых шагов</translation>
    </message>
    <message>
      <source>While paused: show the plots one saved snapshot earlier</source>
      <translation>На паузе: показать графики на один сохранённый снимок раньше</translation>
    </message>
    <message>
      <source>While paused: show the plots one saved snapshot later</source>
      <translation>На паузе: показать графики на один сохранённый снимок позже</translation>
    </message>
    <message>
      <source>While training a 2D problem, draw each hidden unit's output map under its layer and the weights of small Dense layers as edge thickness and colour</source>
      <translation>Во время обучения на 2D-задаче рисовать карту выхода каждого скрытого нейрона под его слоем, а веса небольших слоёв Dense — толщиной и цветом рёбер</translation>
    </message>
    <message>
      <source>With clipping the test loss falls to about 0.02 within 300 steps; without it training stops with a NaN loss within a few steps.</source>
      <translation>С обрезкой потери на тесте падают примерно до 0.02 за 300 шагов; без неё обучение через несколько шагов останавливается с потерями NaN.</translation>
    </message>
    <message>
      <source>With no hidden layer the test accuracy stays near 60%; with 16 units in three hidden layers it passes 90%, and three layers of 16 beat three layers of 2.</source>
      <translation>Без скрытого слоя точность на тесте держится около 60%; с 16 нейронами в трёх скрытых слоях она превышает 90%, а три слоя по 16 нейронов обходят три слоя по 2.</translation>
    </message>
    <message>
      <source>With tanh the moons are separated within 300 steps (100% test accuracy); with sigmoid the same network is still near 89% at that point.</source>
      <translation>С tanh луны разделяются за 300 шагов (100% точности на тесте); с сигмоидой та же сеть к этому моменту всё ещё имеет около 89%.</translation>
    </message>
    <message>
      <source>With weight -1 and θ = 0 the neuron answers both rows of NOT correctly (100% accuracy).</source>
      <translation>При весе -1 и θ = 0 нейрон правильно отвечает в обеих строках NOT (точность 100%).</translation>
    </message>
    <message>
      <source>With weights 1, 1 and θ = 2 the neuron answers all four rows of AND correctly (100% accuracy).</source>
      <translation>При весах 1, 1 и θ = 2 нейрон правильно отвечает во всех четырёх строках AND (точность 100%).</translation>
    </message>
    <message>
      <source>Within 400 steps the training loss falls from about 3.6 to under 1, while the test loss stalls near 2.5 and starts to rise.</source>
      <translation>За 400 шагов потери на обучении падают примерно с 3.6 до менее чем 1, а потери на тесте останавливаются около 2.5 и начинают расти.</translation>
    </message>
    <message>
      <source>Within a few seconds the training loss falls from 4.16 (6·ln 2, while all vectors are alike) below 3; from then on mock is turtle's nearest word and white rabbit's, and queen's neighbours are mostly king and words of the croquet game (hearts, croquet, play).</source>
      <translation>За несколько секунд потери на обучении падают с 4.16 (6·ln 2, пока все векторы одинаковы) ниже 3; с этого момента ближайшее слово к turtle — mock, к rabbit — white, а среди соседей queen в основном king и слова игры в крокет (hearts, croquet, play).</translation>
    </message>
    <message>
      <source>Within about 100 steps (a quarter of a pass over the 400 training points) the perceptron makes no more errors: 100% test accuracy.</source>
      <translation>Примерно за 100 шагов (четверть прохода по 400 обучающим точкам) перцептрон перестаёт ошибаться: 100% точности на тесте.</translation>
    </message>
    <message>
      <source>Within about 100 steps the perceptron makes no more errors: 100% test accuracy.</source>
      <translation>Примерно за 100 шагов перцептрон перестаёт ошибаться: 100% точности на тесте.</translation>
    </message>
    <message>
      <source>Without a nonlinear activation, a stack of layers is still one linear map. The activation curves panel draws each function beside its derivative, the factor backpropagation multiplies the gradient by at every layer: the sigmoid's slope is at most 0.25, tanh's at most 1, ReLU's is 1 for positive inputs and 0 otherwise, and the step function's is 0 everywhere, which is why it cannot be trained by backpropagation. This network uses tanh in its two hidden layers; switch them to sigmoid in the inspector and press Reset to see the smaller slope slow learning down.</source>
      <translation>Без нелинейной функции активации стек слоёв остаётся одним линейным отображением. Панель кривых активации рисует каждую функцию рядом с её производной — множителем, на который обратное распространение ошибки умножает градиент на каждом слое: наклон сигмоиды не больше 0.25, tanh — не больше 1, ReLU — 1 для положительных входов и 0 для остальных, а наклон пороговой функции везде равен 0, поэтому её невозможно обучить обратным распространением ошибки. Эта сеть использует tanh в двух скрытых слоях; переключите их на сигмоиду в инспекторе и нажмите «Сбросить», чтобы увидеть, как меньший наклон замедляет обучение.</translation>
    </message>
    <message>
      <source>Word embeddings</source>
      <translation>Векторные представления слов</translation>
    </message>
    <message>
      <source>Word map (PCA)</source>
      <translation>Карта слов (PCA)</translation>
    </message>
    <message>
      <source>Word vectors, word2vec text (.txt)</source>
      <translation>Векторы слов, текстовый формат word2vec (.txt)</translation>
    </message>
    <message>
      <source>Words seen fewer times are left out of the vocabulary: a word seen once or twice cannot get a meaningful vector.</source>
      <translation>Слова, встречающиеся реже, исключаются из словаря: слово, встреченное один-два раза, не может получить осмысленный вектор.</translation>
    </message>
    <message>
      <source>Words that get a vector: the most frequent ones (the rest are dropped from the text). The Embedding's vocabulary must be at least this.</source>
      <translation>Слова, получающие вектор: самые частые (остальные удаляются из текста). Словарь слоя Embedding должен быть не меньше этого числа.</translation>
    </message>
    <message>
      <source>Words:</source>
      <translation>Слова:</translation>
    </message>
    <message>
      <source>XOR</source>
      <translation>XOR</translation>
    </message>
    <message>
      <source>XOR defeats the perceptron</source>
      <translation>XOR побеждает перцептрон</translation>
    </message>
    <message>
      <source>XOR is class 1 where the two inputs have the same sign: two opposite quadrants against the other two. No single straight line can put both class-1 quadrants on one side and both class-0 quadrants on the other, so a single perceptron cannot represent XOR at all: Minsky and Papert's argument that stalled neural-network research for years. The learning rule keeps correcting errors forever; every fix breaks another part of the plane.</source>
      <translation>XOR — это класс 1 там, где два входа имеют одинаковый знак: два противоположных квадранта против двух других. Никакая прямая не может поместить оба квадранта класса 1 по одну сторону, а оба квадранта класса 0 — по другую, поэтому один перцептрон вообще не способен представить XOR: это аргумент Минского и Пейперта, на годы затормозивший исследования нейронных сетей. Правило обучения бесконечно исправляет ошибки; каждое исправление ломает другую часть плоскости.</translation>
    </message>
    <message>
      <source>XOR needs a hidden layer</source>
      <translation>Для XOR нужен скрытый слой</translation>
    </message>
    <message>
      <source>Your 2D data: the points you clicked on the preview, each [x, y, class] (class 0 is the first).</source>
      <translation>Ваши 2D-данные: точки, которые вы нащёлкали в предпросмотре, каждая [x, y, класс] (класс 0 — первый).</translation>
    </message>
    <message>
      <source>Your images (folder or .npz)</source>
      <translation>Ваши изображения (папка или .npz)</translation>
    </message>
    <message>
      <source>Your images ({name})</source>
      <translation>Ваши изображения ({name})</translation>
    </message>
    <message>
      <source>Your images: a folder with one sub-folder per class, or an .npz file with 'images' and 'labels'.</source>
      <translation>Ваши изображения: папка с одной подпапкой на класс или файл .npz с 'images' и 'labels'.</translation>
    </message>
    <message>
      <source>Your own 2D data: pick a class beside the preview, click to add a point of it, right-click removes the nearest point.</source>
      <translation>Ваши собственные 2D-данные: выберите класс рядом с предпросмотром, щёлкните, чтобы добавить точку этого класса, правый щелчок удаляет ближайшую точку.</translation>
    </message>
    <message>
      <source>Your own images: a folder with one sub-folder of images per class, or an .npz file holding 'images' (N×H×W or N×H×W×C) and 'labels'.</source>
      <translation>Ваши собственные изображения: папка с одной подпапкой изображений на класс или файл .npz, содержащий 'images' (N×H×W или N×H×W×C) и 'labels'.</translation>
    </message>
    <message>
      <source>Your own table: a CSV file with a column of classes to predict from the numeric columns.</source>
      <translation>Ваша собственная таблица: CSV-файл со столбцом классов, которые нужно предсказать по числовым столбцам.</translation>
    </message>
    <message>
      <source>Your own table: a CSV file with a numeric column to predict (regression) from the other numeric columns.</source>
      <translation>Ваша собственная таблица: файл CSV с числовым столбцом, который нужно предсказать (регрессия) по другим числовым столбцам.</translation>
    </message>
    <message>
      <source>Your points</source>
      <translation>Ваши точки</translation>
    </message>
    <message>
      <source>Your table (CSV): classes</source>
      <translation>Ваша таблица (CSV): классы</translation>
    </message>
    <message>
      <source>Your table (CSV): values</source>
      <translation>Ваша таблица (CSV): значения</translation>
    </message>
    <message>
      <source>Your table ({name}): {rows} rows, predicting {target}</source>
      <translation>Ваша таблица ({name}): строк: {rows}, прогнозируется {target}</translation>
    </message>
    <message>
      <source>Your table: the CSV file, chosen with the Choose CSV… button.</source>
      <translation>Ваша таблица: файл CSV, выбранный кнопкой «Выбрать CSV…».</translation>
    </message>
    <message>
      <source>Zeros</source>
      <translation>Нули</translation>
    </message>
    <message>
      <source>Zeros (symmetry never breaks)</source>
      <translation>Нули (симметрия никогда не нарушается)</translation>
    </message>
    <message>
      <source>Zeros stays at chance (at most 60% on the test set), too large stays below Glorot, and Glorot and He both pass 95%.</source>
      <translation>«Нули» остаются на уровне случайного угадывания (не более 60% на тестовой выборке), «Слишком большие» отстают от Glorot, а Glorot и He оба превышают 95%.</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>&amp;Увеличить</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>У&amp;меньшить</translation>
    </message>
    <message>
      <source>a GAN needs a GAN target: choose one (ring, moons, …) in the data settings</source>
      <translation>GAN нужна цель GAN: выберите её (кольцо, луны, …) в настройках данных</translation>
    </message>
    <message>
      <source>a binary classifier needs 1 output value (the logit), got {n}: set the last Dense to 1 unit</source>
      <translation>бинарному классификатору нужно 1 выходное значение (логит), получено {n}: задайте в последнем слое Dense 1 нейрон</translation>
    </message>
    <message>
      <source>a classification task</source>
      <translation>задача классификации</translation>
    </message>
    <message>
      <source>a flat vector of {n} values</source>
      <translation>плоский вектор из значений: {n}</translation>
    </message>
    <message>
      <source>a layer cannot feed itself</source>
      <translation>слой не может питать сам себя</translation>
    </message>
    <message>
      <source>a layer name must be 1 to 60 characters</source>
      <translation>имя слоя должно содержать от 1 до 60 символов</translation>
    </message>
    <message>
      <source>a layer name must be a text of 1 to 60 characters</source>
      <translation>имя слоя должно быть текстом от 1 до 60 символов</translation>
    </message>
    <message>
      <source>a layer name must be a text of 1 to 60 characters, without spaces at the ends</source>
      <translation>имя слоя должно быть текстом от 1 до 60 символов без пробелов в начале и в конце</translation>
    </message>
    <message>
      <source>a list of 1 to 4 positive integers, e.g. [2] or [1, 28, 28]</source>
      <translation>список от 1 до 4 положительных целых чисел, напр. [2] или [1, 28, 28]</translation>
    </message>
    <message>
      <source>a list of 1 to {n} numbers from {lo} to {hi}, e.g. 1, 1 or 0.5, -1 (with decimal commas: 0,5; -1)</source>
      <translation>список от 1 до {n} чисел от {lo} до {hi}, например 1, 1 или 0.5, -1 (с десятичной запятой: 0,5; -1)</translation>
    </message>
    <message>
      <source>a list of at most {n} distinct texts of 1 to {length} characters</source>
      <translation>список из не более чем {n} различных текстов длиной от 1 до {length} символов</translation>
    </message>
    <message>
      <source>a list of at most {n} points [x, y, class] with coordinates from -100 to 100 and a class from 0 to {max_class}</source>
      <translation>список точек [x, y, класс] (не более {n}) с координатами от -100 до 100 и классом от 0 до {max_class}</translation>
    </message>
    <message>
      <source>a list of at most {n} points [x, y] with coordinates from -100 to 100</source>
      <translation>список точек [x, y] (не более {n}) с координатами от -100 до 100</translation>
    </message>
    <message>
      <source>a list of distinct values from {choices}</source>
      <translation>список различных значений из {choices}</translation>
    </message>
    <message>
      <source>a multi-class classifier needs one output per class: set the last Dense to the number of classes</source>
      <translation>многоклассовому классификатору нужен один выход на класс: задайте в последнем слое Dense число нейронов, равное числу классов</translation>
    </message>
    <message>
      <source>a node with id {id} already exists</source>
      <translation>узел с идентификатором {id} уже существует</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>число</translation>
    </message>
    <message>
      <source>a number from {lo} to {hi}</source>
      <translation>число от {lo} до {hi}</translation>
    </message>
    <message>
      <source>a number has too many digits</source>
      <translation>в числе слишком много цифр</translation>
    </message>
    <message>
      <source>a number of at least {lo}</source>
      <translation>число не меньше {lo}</translation>
    </message>
    <message>
      <source>a number of at most {hi}</source>
      <translation>число, не больше {hi}</translation>
    </message>
    <message>
      <source>a number with too many digits</source>
      <translation>число со слишком большим количеством цифр</translation>
    </message>
    <message>
      <source>a position must be two finite numbers within ±{limit}, got {value}</source>
      <translation>позиция должна быть двумя конечными числами в пределах ±{limit}, получено {value}</translation>
    </message>
    <message>
      <source>a saved run cannot continue as a comparison; stop comparing first</source>
      <translation>сохранённый запуск нельзя продолжить как сравнение; сначала прекратите сравнение</translation>
    </message>
    <message>
      <source>a single number</source>
      <translation>одно число</translation>
    </message>
    <message>
      <source>a text</source>
      <translation>текст</translation>
    </message>
    <message>
      <source>a value</source>
      <translation>значение</translation>
    </message>
    <message>
      <source>a word2vec design ends in a SkipGram head, not an Output: delete the Output</source>
      <translation>схема word2vec заканчивается выходной частью SkipGram, а не «Выходом»: удалите «Выход»</translation>
    </message>
    <message>
      <source>a {kind} layer</source>
      <translation>слой типа {kind}</translation>
    </message>
    <message>
      <source>a {kind} layer belongs to a GAN's generator: choose a GAN target in the data settings (ring, moons, …) or delete it</source>
      <translation>слой {kind} принадлежит генератору GAN: выберите цель GAN в настройках данных (кольцо, луны, …) или удалите его</translation>
    </message>
    <message>
      <source>accuracy</source>
      <translation>точность</translation>
    </message>
    <message>
      <source>accuracy: train {train} · test {test}</source>
      <translation>точность: обуч. {train} · тест {test}</translation>
    </message>
    <message>
      <source>activation-functions</source>
      <translation>activation-functions</translation>
    </message>
    <message>
      <source>adventurous</source>
      <translation>смело</translation>
    </message>
    <message>
      <source>after the next step</source>
      <translation>после следующего шага</translation>
    </message>
    <message>
      <source>all</source>
      <translation>все</translation>
    </message>
    <message>
      <source>an autoencoder compares pixels: use MSE, MAE, Huber or BCE, not cross-entropy</source>
      <translation>автокодировщик сравнивает пиксели: используйте MSE, MAE, Huber или BCE, а не кросс-энтропию</translation>
    </message>
    <message>
      <source>an autoencoder reconstructs its input, {input} = {values} values, but it gets {shape}: set the last Dense to {values} units</source>
      <translation>автокодировщик восстанавливает свой вход ({input}, значений: {values}), но получает {shape}: задайте в последнем слое Dense число нейронов {values}</translation>
    </message>
    <message>
      <source>an integer</source>
      <translation>целое число</translation>
    </message>
    <message>
      <source>an integer from {lo} to {hi}</source>
      <translation>целое число от {lo} до {hi}</translation>
    </message>
    <message>
      <source>an integer of at least {lo}</source>
      <translation>целое число, не меньше {lo}</translation>
    </message>
    <message>
      <source>an integer of at most {hi}</source>
      <translation>целое число не больше {hi}</translation>
    </message>
    <message>
      <source>another layer is already named '{name}'</source>
      <translation>другой слой уже называется '{name}'</translation>
    </message>
    <message>
      <source>applies one Dense to every time step of a sequence (time×features) but receives {shape}: for a flat vector use Dense; before it, set the recurrent layer to return sequences</source>
      <translation>применяет один Dense к каждому временному шагу последовательности (время×признаки), но получает {shape}: для плоского вектора используйте Dense; перед ним настройте рекуррентный слой возвращать последовательности</translation>
    </message>
    <message>
      <source>autoencoder-digits</source>
      <translation>autoencoder-digits</translation>
    </message>
    <message>
      <source>balanced</source>
      <translation>сбалансированно</translation>
    </message>
    <message>
      <source>bars</source>
      <translation>столбики</translation>
    </message>
    <message>
      <source>both ends must be nodes of this design</source>
      <translation>оба конца должны быть узлами этой схемы</translation>
    </message>
    <message>
      <source>candidate</source>
      <translation>кандидат</translation>
    </message>
    <message>
      <source>cannot arrange {values} values as {asked} values: choose a shape with {values} values, e.g. {suggestion}</source>
      <translation>число значений {values} не соответствует запрошенному ({asked}): выберите форму, произведение размеров которой равно {values}, например {suggestion}</translation>
    </message>
    <message>
      <source>cannot read it: {reason}</source>
      <translation>не удаётся прочитать: {reason}</translation>
    </message>
    <message>
      <source>cannot read {path}: {reason}</source>
      <translation>не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
      <source>cannot train the lesson: {problem}</source>
      <translation>невозможно обучить урок: {problem}</translation>
    </message>
    <message>
      <source>cannot write {target}: it is a folder</source>
      <translation>невозможно записать {target}: это папка</translation>
    </message>
    <message>
      <source>cannot write {target}: {parent} does not exist</source>
      <translation>не удаётся записать {target}: {parent} не существует</translation>
    </message>
    <message>
      <source>cannot write {target}: {parent} is not a folder</source>
      <translation>не удаётся записать {target}: {parent} не является папкой</translation>
    </message>
    <message>
      <source>cannot write {target}: {reason}</source>
      <translation>не удаётся записать {target}: {reason}</translation>
    </message>
    <message>
      <source>capacity-grid</source>
      <translation>capacity-grid</translation>
    </message>
    <message>
      <source>cell state</source>
      <translation>состояние ячейки</translation>
    </message>
    <message>
      <source>char-lstm</source>
      <translation>char-lstm</translation>
    </message>
    <message>
      <source>choose the CSV file again in the Data panel</source>
      <translation>выберите файл CSV снова на панели «Данные»</translation>
    </message>
    <message>
      <source>choose the images again in the Data panel</source>
      <translation>выберите изображения снова на панели «Данные»</translation>
    </message>
    <message>
      <source>class</source>
      <translation>класс</translation>
    </message>
    <message>
      <source>class {k}</source>
      <translation>класс {k}</translation>
    </message>
    <message>
      <source>class {name}</source>
      <translation>класс {name}</translation>
    </message>
    <message>
      <source>cnn-digits</source>
      <translation>cnn-digits</translation>
    </message>
    <message>
      <source>colours span {low} … {high}</source>
      <translation>цвета охватывают {low} … {high}</translation>
    </message>
    <message>
      <source>commas</source>
      <translation>запятые</translation>
    </message>
    <message>
      <source>comparisons of GANs are not supported yet</source>
      <translation>сравнения GAN пока не поддерживаются</translation>
    </message>
    <message>
      <source>comparisons of word2vec designs are not supported yet</source>
      <translation>сравнение схем word2vec пока не поддерживается</translation>
    </message>
    <message>
      <source>conditions met: {met} of {total}</source>
      <translation>условий выполнено: {met} из {total}</translation>
    </message>
    <message>
      <source>connecting '{src}' to '{dst}' would make a cycle</source>
      <translation>соединение '{src}' с '{dst}' создаст цикл</translation>
    </message>
    <message>
      <source>correct</source>
      <translation>правильно</translation>
    </message>
    <message>
      <source>corrupted</source>
      <translation>искажённые</translation>
    </message>
    <message>
      <source>cross-entropy over classes needs 2 or more outputs; use BCE for a binary classifier</source>
      <translation>кросс-энтропия по классам требует 2 или более выходов; для бинарного классификатора используйте BCE</translation>
    </message>
    <message>
      <source>dbn-vs-scratch</source>
      <translation>dbn-vs-scratch</translation>
    </message>
    <message>
      <source>dead = never active</source>
      <translation>мёртвый = никогда не активен</translation>
    </message>
    <message>
      <source>denoising-autoencoder</source>
      <translation>denoising-autoencoder</translation>
    </message>
    <message>
      <source>design changed</source>
      <translation>схема изменена</translation>
    </message>
    <message>
      <source>disconnect a node before removing it</source>
      <translation>отсоедините узел, прежде чем удалять его</translation>
    </message>
    <message>
      <source>discriminator D loss {value}</source>
      <translation>потери дискриминатора D {value}</translation>
    </message>
    <message>
      <source>discriminator's optimizer</source>
      <translation>оптимизатор дискриминатора</translation>
    </message>
    <message>
      <source>distance</source>
      <translation>расстояние</translation>
    </message>
    <message>
      <source>distance real ↔ generated (0: the same)</source>
      <translation>расстояние настоящие ↔ сгенерированные (0: одинаковые)</translation>
    </message>
    <message>
      <source>distance real ↔ generated {distance} (0: the same)</source>
      <translation>расстояние настоящие ↔ сгенерированные {distance} (0: одинаковы)</translation>
    </message>
    <message>
      <source>distributed-regions</source>
      <translation>distributed-regions</translation>
    </message>
    <message>
      <source>diverged</source>
      <translation>разошёлся</translation>
    </message>
    <message>
      <source>draw some points on the data preview first</source>
      <translation>сначала нарисуйте несколько точек в предпросмотре данных</translation>
    </message>
    <message>
      <source>drops whole channels of an image but receives a flat vector of {n} values: use Dropout instead</source>
      <translation>отбрасывает целые каналы изображения, но получает плоский вектор из значений: {n}; используйте вместо этого Dropout</translation>
    </message>
    <message>
      <source>e.g. 1, 1</source>
      <translation>например, 1, 1</translation>
    </message>
    <message>
      <source>e.g. 2 or 1, 28, 28</source>
      <translation>напр. 2 или 1, 28, 28</translation>
    </message>
    <message>
      <source>e.g. queen, rabbit</source>
      <translation>например, queen, rabbit</translation>
    </message>
    <message>
      <source>early stop: best at step {step}</source>
      <translation>ранняя остановка: лучшее на шаге {step}</translation>
    </message>
    <message>
      <source>end</source>
      <translation>конец</translation>
    </message>
    <message>
      <source>every layer with weights is frozen, so training would change nothing: untick Freeze on a layer</source>
      <translation>все слои с весами заморожены, поэтому обучение ничего не изменит: снимите флажок «Заморозить» у одного из слоёв</translation>
    </message>
    <message>
      <source>every variant diverged; the first: {reason}</source>
      <translation>все варианты разошлись; первый: {reason}</translation>
    </message>
    <message>
      <source>exploding</source>
      <translation>взрыв</translation>
    </message>
    <message>
      <source>exploding-rnn-clipping</source>
      <translation>exploding-rnn-clipping</translation>
    </message>
    <message>
      <source>fake</source>
      <translation>поддельные</translation>
    </message>
    <message>
      <source>filter</source>
      <translation>фильтр</translation>
    </message>
    <message>
      <source>first symbol {want}, predicted {got} (p = {p}) ✓</source>
      <translation>первый символ {want}, предсказано {got} (p = {p}) ✓</translation>
    </message>
    <message>
      <source>first symbol {want}, predicted {got} ✓</source>
      <translation>первый символ {want}, предсказано {got} ✓</translation>
    </message>
    <message>
      <source>first symbol {want}, predicted {got} ✗</source>
      <translation>первый символ {want}, предсказано {got} ✗</translation>
    </message>
    <message>
      <source>first symbol {want}, predicted {got} ✗ ({want} got p = {p})</source>
      <translation>первый символ {want}, предсказано {got} ✗ ({want} получил p = {p})</translation>
    </message>
    <message>
      <source>first {shown} of {hidden} hidden units · tile {tile}</source>
      <translation>первые {shown} из {hidden} скрытых нейронов · плитка {tile}</translation>
    </message>
    <message>
      <source>forget gate</source>
      <translation>вентиль забывания</translation>
    </message>
    <message>
      <source>free energy F(v)</source>
      <translation>свободная энергия F(v)</translation>
    </message>
    <message>
      <source>frequent word</source>
      <translation>частое слово</translation>
    </message>
    <message>
      <source>from scratch</source>
      <translation>с нуля</translation>
    </message>
    <message>
      <source>gan-mode-collapse</source>
      <translation>gan-mode-collapse</translation>
    </message>
    <message>
      <source>gan-ring</source>
      <translation>gan-ring</translation>
    </message>
    <message>
      <source>gates σ</source>
      <translation>вентили σ</translation>
    </message>
    <message>
      <source>generated</source>
      <translation>сгенерированные</translation>
    </message>
    <message>
      <source>generator G loss {value}</source>
      <translation>потери генератора G {value}</translation>
    </message>
    <message>
      <source>generator's optimizer</source>
      <translation>оптимизатор генератора</translation>
    </message>
    <message>
      <source>graph must be an object with nodes and edges</source>
      <translation>graph должен быть объектом с nodes и edges</translation>
    </message>
    <message>
      <source>graph.nodes and graph.edges must be lists</source>
      <translation>graph.nodes и graph.edges должны быть списками</translation>
    </message>
    <message>
      <source>has {k} weights but receives {n} inputs: give one weight per input, e.g. {example}</source>
      <translation>весов: {k}, но входов: {n}; задайте по одному весу на вход, например {example}</translation>
    </message>
    <message>
      <source>healthy</source>
      <translation>норма</translation>
    </message>
    <message>
      <source>hidden state</source>
      <translation>скрытое состояние</translation>
    </message>
    <message>
      <source>high {value}</source>
      <translation>макс. {value}</translation>
    </message>
    <message>
      <source>history →</source>
      <translation>история →</translation>
    </message>
    <message>
      <source>how much of the candidate is written into the cell</source>
      <translation>какая доля кандидата записывается в ячейку</translation>
    </message>
    <message>
      <source>how much of the cell is shown as the hidden state</source>
      <translation>какая доля ячейки показывается как скрытое состояние</translation>
    </message>
    <message>
      <source>how much of the old state the candidate sees</source>
      <translation>какую долю старого состояния видит кандидат</translation>
    </message>
    <message>
      <source>how the old state and the candidate are mixed</source>
      <translation>как смешиваются старое состояние и кандидат</translation>
    </message>
    <message>
      <source>images of {shape}</source>
      <translation>изображения {shape}</translation>
    </message>
    <message>
      <source>initialisation</source>
      <translation>initialisation</translation>
    </message>
    <message>
      <source>input</source>
      <translation>вход</translation>
    </message>
    <message>
      <source>input channel</source>
      <translation>входной канал</translation>
    </message>
    <message>
      <source>input gate</source>
      <translation>входной вентиль</translation>
    </message>
    <message>
      <source>int64 symbol ids</source>
      <translation>id символов int64</translation>
    </message>
    <message>
      <source>it gets {shape} but the data wants {wanted} ({what} per step)</source>
      <translation>получает {shape}, но данные требуют {wanted} ({what} на шаг)</translation>
    </message>
    <message>
      <source>it gets {values} values but the data has {classes} classes: set the last Dense to {classes} units</source>
      <translation>получает значений: {values}, но в данных классов: {classes}: задайте в последнем слое Dense число нейронов {classes}</translation>
    </message>
    <message>
      <source>it gets {values} values but the data wants {what}: set the last Dense to {units}</source>
      <translation>получает значений: {values}, но данные требуют {what}: задайте в последнем слое Dense {units}</translation>
    </message>
    <message>
      <source>it holds {unknown}, which a run bundle never contains, so it is not opened (it was not saved by NN Playground, and some files, such as pickles, can run code)</source>
      <translation>он содержит {unknown}, чего пакет запуска никогда не содержит, поэтому он не открыт (он сохранён не NN Playground, а некоторые файлы, например pickle, могут выполнять код)</translation>
    </message>
    <message>
      <source>it is damaged: a part appears twice</source>
      <translation>файл повреждён: одна часть встречается дважды</translation>
    </message>
    <message>
      <source>it is incomplete: {parts} missing</source>
      <translation>он неполный: не хватает {parts}</translation>
    </message>
    <message>
      <source>it is not a run bundle: not a zip file, or a damaged one</source>
      <translation>это не пакет запуска: не zip-файл или повреждённый zip-файл</translation>
    </message>
    <message>
      <source>it is not an NN Playground run bundle (format {found}, expected {expected})</source>
      <translation>это не пакет запуска NN Playground (формат {found}, ожидался {expected})</translation>
    </message>
    <message>
      <source>it was saved by a newer NN Playground (bundle version {version}, this app reads up to {newest}): update the app to open it</source>
      <translation>он сохранён более новой версией NN Playground (версия пакета {version}, эта программа читает до {newest}): обновите программу, чтобы открыть его</translation>
    </message>
    <message>
      <source>its neighbour</source>
      <translation>его сосед</translation>
    </message>
    <message>
      <source>its optimizer.json is damaged or does not fit optimizer.safetensors</source>
      <translation>его optimizer.json повреждён или не соответствует optimizer.safetensors</translation>
    </message>
    <message>
      <source>its project no longer matches the trained weights: {problem}</source>
      <translation>его проект больше не соответствует обученным весам: {problem}</translation>
    </message>
    <message>
      <source>its project.json is not a valid project: {problem}</source>
      <translation>его project.json не является корректным проектом: {problem}</translation>
    </message>
    <message>
      <source>its run cannot be continued: {e}</source>
      <translation>его запуск нельзя продолжить: {e}</translation>
    </message>
    <message>
      <source>its run.json is damaged: counters must be whole numbers</source>
      <translation>его run.json повреждён: счётчики должны быть целыми числами</translation>
    </message>
    <message>
      <source>its run.json is damaged: device or training settings missing</source>
      <translation>его run.json повреждён: отсутствуют настройки устройства или обучения</translation>
    </message>
    <message>
      <source>its run.json is damaged: history must be rows of 3 or 4 numbers</source>
      <translation>его run.json повреждён: история должна состоять из строк по 3 или 4 числа</translation>
    </message>
    <message>
      <source>its run.json is damaged: the design the weights belong to is missing or malformed</source>
      <translation>его run.json повреждён: схема, к которой относятся веса, отсутствует или некорректна</translation>
    </message>
    <message>
      <source>its run.json is damaged: {name} must be a whole number ≥ 0</source>
      <translation>его run.json повреждён: {name} должно быть целым числом ≥ 0</translation>
    </message>
    <message>
      <source>its run.json is damaged: {problem}</source>
      <translation>его run.json повреждён: {problem}</translation>
    </message>
    <message>
      <source>its run.json version must be a positive integer, got {version}</source>
      <translation>версия его run.json должна быть положительным целым числом, получено {version}</translation>
    </message>
    <message>
      <source>its shape is {shape} but the data gives {data}: set the shape to {wanted}</source>
      <translation>его форма {shape}, но данные дают {data}: задайте форму {wanted}</translation>
    </message>
    <message>
      <source>its {filename} is damaged ({e})</source>
      <translation>его {filename} повреждён ({e})</translation>
    </message>
    <message>
      <source>its {filename} is larger than a bundle may hold</source>
      <translation>его {filename} больше, чем может содержать пакет</translation>
    </message>
    <message>
      <source>its {filename} is {size} MB, more than a bundle may hold</source>
      <translation>его {filename} имеет размер {size} МБ — больше, чем может содержать пакет</translation>
    </message>
    <message>
      <source>its {name} is not a valid safetensors file ({reason})</source>
      <translation>его {name} не является корректным файлом safetensors ({reason})</translation>
    </message>
    <message>
      <source>its {name} is not valid JSON</source>
      <translation>его {name} не является корректным JSON</translation>
    </message>
    <message>
      <source>k: noise words per (centre, context) pair.</source>
      <translation>k: число шумовых слов на пару (центральное слово, контекстное слово).</translation>
    </message>
    <message>
      <source>labels from here</source>
      <translation>дальше — с метками</translation>
    </message>
    <message>
      <source>layer '{layer}': the pretrained {what} in {file} is {got}, the layer needs {need}: change the layer to match, or clear Start from weights</source>
      <translation>слой '{layer}': предобученный {what} в {file} имеет форму {got}, а слою нужно {need}: измените слой соответственно или очистите «Старт с весов»</translation>
    </message>
    <message>
      <source>layer '{name}'</source>
      <translation>слой '{name}'</translation>
    </message>
    <message>
      <source>leads to {end}: keep the generator (Noise → … → Generated) and the discriminator (Input → … → Output) apart; training feeds the generated samples to the discriminator by itself</source>
      <translation>ведёт к {end}: держите генератор (Шум → … → Сгенерированное) и дискриминатор (Вход → … → Выход) раздельно; обучение само подаёт сгенерированные образцы дискриминатору</translation>
    </message>
    <message>
      <source>learns word vectors from a text: choose a corpus (Alice in Wonderland) in the data settings</source>
      <translation>выучивает векторы слов по тексту: выберите корпус («Алиса в Стране чудес») в настройках данных</translation>
    </message>
    <message>
      <source>lesson must be an object</source>
      <translation>lesson должен быть объектом</translation>
    </message>
    <message>
      <source>lesson.check must be an object</source>
      <translation>lesson.check должен быть объектом</translation>
    </message>
    <message>
      <source>lesson.check.conditions must be a non-empty list</source>
      <translation>lesson.check.conditions должен быть непустым списком</translation>
    </message>
    <message>
      <source>lesson.check.conditions[{index}].{key}: no variant is labelled '{label}' ({known})</source>
      <translation>lesson.check.conditions[{index}].{key}: ни один вариант не помечен '{label}' ({known})</translation>
    </message>
    <message>
      <source>lesson.check.steps must be an integer from 1 to {most}</source>
      <translation>lesson.check.steps должно быть целым числом от 1 до {most}</translation>
    </message>
    <message>
      <source>lesson.check.{key} is not a known field</source>
      <translation>lesson.check.{key} не является известным полем</translation>
    </message>
    <message>
      <source>lesson.order must be an integer</source>
      <translation>lesson.order должен быть целым числом</translation>
    </message>
    <message>
      <source>lesson.panels must be a list of panel names</source>
      <translation>lesson.panels должен быть списком имён панелей</translation>
    </message>
    <message>
      <source>lesson.{key} is missing</source>
      <translation>отсутствует lesson.{key}</translation>
    </message>
    <message>
      <source>lesson.{key} is not a known field</source>
      <translation>lesson.{key} не является известным полем</translation>
    </message>
    <message>
      <source>lesson.{key} must be a text</source>
      <translation>lesson.{key} должен быть текстом</translation>
    </message>
    <message>
      <source>lesson.{key} must not be empty</source>
      <translation>lesson.{key} не может быть пустым</translation>
    </message>
    <message>
      <source>loading engine…</source>
      <translation>загрузка движка…</translation>
    </message>
    <message>
      <source>log₁₀ of each layer's gradient norm over the last {count} snapshots</source>
      <translation>log₁₀ нормы градиента каждого слоя за последние снимки (количество: {count})</translation>
    </message>
    <message>
      <source>looks up symbol ids, but the data gives {data}: an Embedding is for text; delete it, or choose the text dataset</source>
      <translation>ищет id символов, но данные дают {data}: Embedding предназначен для текста; удалите его или выберите текстовый набор данных</translation>
    </message>
    <message>
      <source>looks up symbol ids, which only the Input of a text dataset gives: connect it right after the Input</source>
      <translation>ищет идентификаторы символов, которые даёт только Вход текстового набора данных: подключите его сразу после Входа</translation>
    </message>
    <message>
      <source>loss</source>
      <translation>потери</translation>
    </message>
    <message>
      <source>loss: train {train} · test {test}</source>
      <translation>потери: обуч. {train} · тест {test}</translation>
    </message>
    <message>
      <source>low {value}</source>
      <translation>мин. {value}</translation>
    </message>
    <message>
      <source>lr × {scale}</source>
      <translation>ск. обуч. × {scale}</translation>
    </message>
    <message>
      <source>lstm-memory</source>
      <translation>lstm-memory</translation>
    </message>
    <message>
      <source>m = 0</source>
      <translation>m = 0</translation>
    </message>
    <message>
      <source>m = 1</source>
      <translation>m = 1</translation>
    </message>
    <message>
      <source>m = 2</source>
      <translation>m = 2</translation>
    </message>
    <message>
      <source>m = 3</source>
      <translation>m = 3</translation>
    </message>
    <message>
      <source>marked steps</source>
      <translation>отмеченные шаги</translation>
    </message>
    <message>
      <source>max</source>
      <translation>макс.</translation>
    </message>
    <message>
      <source>mcculloch-pitts-and-or</source>
      <translation>mcculloch-pitts-and-or</translation>
    </message>
    <message>
      <source>mcculloch-pitts-not</source>
      <translation>mcculloch-pitts-not</translation>
    </message>
    <message>
      <source>mcculloch-pitts-xor</source>
      <translation>mcculloch-pitts-xor</translation>
    </message>
    <message>
      <source>mean error {error} over {steps} steps · after the last step: target {target}, predicted {predicted}</source>
      <translation>средняя ошибка {error} (шагов: {steps}) · после последнего шага: цель {target}, предсказано {predicted}</translation>
    </message>
    <message>
      <source>mlp-vs-cnn-digits</source>
      <translation>mlp-vs-cnn-digits</translation>
    </message>
    <message>
      <source>multi-class classification</source>
      <translation>многоклассовая классификация</translation>
    </message>
    <message>
      <source>must be {allowed}, got {value}</source>
      <translation>должно быть {allowed}, получено {value}</translation>
    </message>
    <message>
      <source>n = 16</source>
      <translation>n = 16</translation>
    </message>
    <message>
      <source>n = 2</source>
      <translation>n = 2</translation>
    </message>
    <message>
      <source>n = 4</source>
      <translation>n = 4</translation>
    </message>
    <message>
      <source>n = 8</source>
      <translation>n = 8</translation>
    </message>
    <message>
      <source>n=16, m=0</source>
      <translation>n=16, m=0</translation>
    </message>
    <message>
      <source>n=16, m=1</source>
      <translation>n=16, m=1</translation>
    </message>
    <message>
      <source>n=16, m=2</source>
      <translation>n=16, m=2</translation>
    </message>
    <message>
      <source>n=16, m=3</source>
      <translation>n=16, m=3</translation>
    </message>
    <message>
      <source>n=2, m=0</source>
      <translation>n=2, m=0</translation>
    </message>
    <message>
      <source>n=2, m=1</source>
      <translation>n=2, m=1</translation>
    </message>
    <message>
      <source>n=2, m=2</source>
      <translation>n=2, m=2</translation>
    </message>
    <message>
      <source>n=2, m=3</source>
      <translation>n=2, m=3</translation>
    </message>
    <message>
      <source>n=4, m=0</source>
      <translation>n=4, m=0</translation>
    </message>
    <message>
      <source>n=4, m=1</source>
      <translation>n=4, m=1</translation>
    </message>
    <message>
      <source>n=4, m=2</source>
      <translation>n=4, m=2</translation>
    </message>
    <message>
      <source>n=4, m=3</source>
      <translation>n=4, m=3</translation>
    </message>
    <message>
      <source>n=8, m=0</source>
      <translation>n=8, m=0</translation>
    </message>
    <message>
      <source>n=8, m=1</source>
      <translation>n=8, m=1</translation>
    </message>
    <message>
      <source>n=8, m=2</source>
      <translation>n=8, m=2</translation>
    </message>
    <message>
      <source>n=8, m=3</source>
      <translation>n=8, m=3</translation>
    </message>
    <message>
      <source>needs a flat vector but receives {shape}: put a Flatten and a Dense before it</source>
      <translation>требует плоский вектор, но получает {shape}: поставьте перед ним Flatten и Dense</translation>
    </message>
    <message>
      <source>needs a flat vector but receives {shape}: put a Flatten before it</source>
      <translation>требует плоский вектор, но получает {shape}: поставьте перед ним Flatten</translation>
    </message>
    <message>
      <source>needs a sequence (time×features) but receives a flat vector of {n} values: after another recurrent layer, let that one return sequences; for symbol ids put an Embedding before it; for numbers put a Reshape to [{n}, 1] (one value per step)</source>
      <translation>требует последовательность (время×признаки), но получает плоский вектор из значений: {n}; после другого рекуррентного слоя пусть тот возвращает последовательности; для id символов поставьте перед ним Embedding; для чисел поставьте Reshape в [{n}, 1] (одно значение на шаг)</translation>
    </message>
    <message>
      <source>needs a sequence (time×features) but receives an image {shape}: put a Reshape to [{height}, {width}] before it to read the image row by row</source>
      <translation>требует последовательность (время×признаки), но получает изображение {shape}: поставьте перед ним Reshape в [{height}, {width}], чтобы читать изображение строка за строкой</translation>
    </message>
    <message>
      <source>needs a sequence (time×features) but receives {shape}</source>
      <translation>требует последовательность (время×признаки), но получает {shape}</translation>
    </message>
    <message>
      <source>needs an image (channels×height×width) but receives {what}: put a Reshape before it, e.g. to {suggestion}</source>
      <translation>требует изображение (каналы×высота×ширина), но получает {what}: поставьте перед ним Reshape, например в {suggestion}</translation>
    </message>
    <message>
      <source>needs exactly one input, got {n}</source>
      <translation>требует ровно одного входа, получено {n}</translation>
    </message>
    <message>
      <source>nested too deeply</source>
      <translation>слишком глубокая вложенность</translation>
    </message>
    <message>
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>no gradient reaches the layers with weights: a Threshold neuron passes none back, so the layers before it cannot learn by backprop. Put them after it, or use Threshold neurons with weights set by hand there too</source>
      <translation>ни один градиент не доходит до слоёв с весами: нейрон Threshold не передаёт его назад, поэтому слои перед ним не могут обучаться обратным распространением. Поставьте их после него или и там используйте нейроны Threshold с весами, заданными вручную</translation>
    </message>
    <message>
      <source>no node with id {id}</source>
      <translation>нет узла с id {id}</translation>
    </message>
    <message>
      <source>no such connection</source>
      <translation>такого соединения нет</translation>
    </message>
    <message>
      <source>none of the weights in {file} belong to a layer of this design: its keys are '&lt;layer id&gt;.&lt;parameter&gt;' (such as '{example}'), and no layer has those ids</source>
      <translation>ни один из весов в {file} не принадлежит слою этой схемы: его ключи имеют вид '&lt;id слоя&gt;.&lt;параметр&gt;' (например '{example}'), и ни у одного слоя нет таких id</translation>
    </message>
    <message>
      <source>none: draw on the preview</source>
      <translation>нет: рисуйте на предпросмотре</translation>
    </message>
    <message>
      <source>none: the project has no variants</source>
      <translation>нет: в проекте нет вариантов</translation>
    </message>
    <message>
      <source>normalises the channels of an image but receives a flat vector of {n} values: use BatchNorm instead</source>
      <translation>нормализует каналы изображения, но получает плоский вектор из значений: {n}; используйте вместо этого BatchNorm</translation>
    </message>
    <message>
      <source>not a recovery file</source>
      <translation>это не файл восстановления</translation>
    </message>
    <message>
      <source>not in the vocabulary</source>
      <translation>нет в словаре</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>ничего</translation>
    </message>
    <message>
      <source>on {device}</source>
      <translation>на {device}</translation>
    </message>
    <message>
      <source>one of {choices}</source>
      <translation>одно из {choices}</translation>
    </message>
    <message>
      <source>one word id at a time</source>
      <translation>по одному идентификатору слова</translation>
    </message>
    <message>
      <source>only {n} words occur at least {least} times: lower the minimum count</source>
      <translation>слов, встречающихся не реже {least} раз, всего {n}: уменьшите минимальную частоту</translation>
    </message>
    <message>
      <source>optimizer</source>
      <translation>оптимизатор</translation>
    </message>
    <message>
      <source>optimizers-race</source>
      <translation>optimizers-race</translation>
    </message>
    <message>
      <source>out ?</source>
      <translation>выход ?</translation>
    </message>
    <message>
      <source>out of memory: use fewer units, a smaller batch or less data</source>
      <translation>не хватает памяти: используйте меньше нейронов, меньший пакет или меньше данных</translation>
    </message>
    <message>
      <source>out {shape}</source>
      <translation>выход {shape}</translation>
    </message>
    <message>
      <source>output gate</source>
      <translation>выходной вентиль</translation>
    </message>
    <message>
      <source>output padding {extra} must be smaller than the stride {stride}: lower the output padding to {most} or less, or raise the stride</source>
      <translation>дополнение выхода {extra} должно быть меньше шага {stride}: уменьшите дополнение выхода до {most} или меньше либо увеличьте шаг</translation>
    </message>
    <message>
      <source>overfitting-cures</source>
      <translation>overfitting-cures</translation>
    </message>
    <message>
      <source>p(target)</source>
      <translation>p(цель)</translation>
    </message>
    <message>
      <source>padding {pad} is more than half the {k}×{k} window: set the padding to at most {most}</source>
      <translation>дополнение {pad} больше половины окна {k}×{k}: задайте дополнение не больше {most}</translation>
    </message>
    <message>
      <source>padding {pad} on each border crops away the whole {full} output: use less padding or a larger kernel</source>
      <translation>дополнение {pad} с каждого края обрезает весь выход {full}: используйте меньшее дополнение или большее ядро</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>на паузе</translation>
    </message>
    <message>
      <source>peephole-lstm</source>
      <translation>peephole-lstm</translation>
    </message>
    <message>
      <source>perceptron-and</source>
      <translation>perceptron-and</translation>
    </message>
    <message>
      <source>perceptron-or</source>
      <translation>perceptron-or</translation>
    </message>
    <message>
      <source>points: {n}; draw on the preview</source>
      <translation>точек: {n}; рисуйте в предпросмотре</translation>
    </message>
    <message>
      <source>predicted</source>
      <translation>предсказанный</translation>
    </message>
    <message>
      <source>pretext accuracy</source>
      <translation>точность вспомогательной задачи</translation>
    </message>
    <message>
      <source>pretext accuracy: {value}</source>
      <translation>точность вспомогательной задачи: {value}</translation>
    </message>
    <message>
      <source>pretext accuracy: {value} (guessing: {chance})</source>
      <translation>точность вспомогательной задачи: {value} (угадывание: {chance})</translation>
    </message>
    <message>
      <source>pretext cross-entropy</source>
      <translation>кросс-энтропия вспомогательной задачи</translation>
    </message>
    <message>
      <source>pretrained, frozen conv</source>
      <translation>предобученная, замороженная свёртка</translation>
    </message>
    <message>
      <source>pretraining loss</source>
      <translation>потери предобучения</translation>
    </message>
    <message>
      <source>pretraining optimizer</source>
      <translation>оптимизатора предобучения</translation>
    </message>
    <message>
      <source>push</source>
      <translation>толчок</translation>
    </message>
    <message>
      <source>rbm-digits</source>
      <translation>rbm-digits</translation>
    </message>
    <message>
      <source>ready: press Play</source>
      <translation>готово: нажмите «Пуск»</translation>
    </message>
    <message>
      <source>real</source>
      <translation>настоящие</translation>
    </message>
    <message>
      <source>reconstruction</source>
      <translation>реконструкция</translation>
    </message>
    <message>
      <source>reconstruction error</source>
      <translation>ошибка реконструкции</translation>
    </message>
    <message>
      <source>reconstruction, k = {k}</source>
      <translation>реконструкция, k = {k}</translation>
    </message>
    <message>
      <source>regression</source>
      <translation>регрессия</translation>
    </message>
    <message>
      <source>regression needs MSE, MAE or Huber loss, not {loss}</source>
      <translation>регрессия требует функции потерь MSE, MAE или Huber, а не {loss}</translation>
    </message>
    <message>
      <source>regression-vs-classification</source>
      <translation>regression-vs-classification</translation>
    </message>
    <message>
      <source>reset gate</source>
      <translation>вентиль сброса</translation>
    </message>
    <message>
      <source>right</source>
      <translation>верно</translation>
    </message>
    <message>
      <source>right guess</source>
      <translation>верная догадка</translation>
    </message>
    <message>
      <source>right: {n} of {total}</source>
      <translation>верно: {n} из {total}</translation>
    </message>
    <message>
      <source>rnn-vs-lstm-memory</source>
      <translation>rnn-vs-lstm-memory</translation>
    </message>
    <message>
      <source>row {row} has {cells}</source>
      <translation>строка {row} содержит {cells}</translation>
    </message>
    <message>
      <source>row {row}, column {column} holds {cell}, not a number</source>
      <translation>строка {row}, столбец {column} содержит {cell}, а не число</translation>
    </message>
    <message>
      <source>row {row}, column {column} holds {cell}, not a number (a decimal comma? use a point)</source>
      <translation>строка {row}, столбец {column} содержит {cell}, а не число (десятичная запятая? используйте точку)</translation>
    </message>
    <message>
      <source>row {row}, column {column} is empty</source>
      <translation>строка {row}, столбец {column} пуст</translation>
    </message>
    <message>
      <source>safe, repetitive</source>
      <translation>надёжно, однообразно</translation>
    </message>
    <message>
      <source>safetensors weights + design (.safetensors)</source>
      <translation>веса safetensors + схема (.safetensors)</translation>
    </message>
    <message>
      <source>sat. = in the flat tails</source>
      <translation>насыщ. = в пологих хвостах</translation>
    </message>
    <message>
      <source>saving a run is not supported for comparisons; stop comparing to save one design</source>
      <translation>сохранение запуска не поддерживается для сравнений; прекратите сравнение, чтобы сохранить одну схему</translation>
    </message>
    <message>
      <source>says real or fake</source>
      <translation>определяет: настоящее или поддельное</translation>
    </message>
    <message>
      <source>scores the word vectors of the Embedding, so it must come right after one (here: {kind}): connect the Embedding to it directly</source>
      <translation>оценивает векторы слов слоя Embedding, поэтому должен стоять сразу после него (здесь: {kind}): соедините Embedding с ним напрямую</translation>
    </message>
    <message>
      <source>self-supervised</source>
      <translation>самообучение</translation>
    </message>
    <message>
      <source>self-supervised-transfer</source>
      <translation>self-supervised-transfer</translation>
    </message>
    <message>
      <source>semicolons</source>
      <translation>точки с запятой</translation>
    </message>
    <message>
      <source>sequences of {steps} steps × {features} features</source>
      <translation>последовательности (шагов: {steps}, признаков: {features})</translation>
    </message>
    <message>
      <source>sequences of {steps} symbol ids</source>
      <translation>последовательности из id символов (длина: {steps})</translation>
    </message>
    <message>
      <source>showing {shown} of {total} filters</source>
      <translation>показано фильтров: {shown} из {total}</translation>
    </message>
    <message>
      <source>sigmoid′ ≤ {value}</source>
      <translation>sigmoid′ ≤ {value}</translation>
    </message>
    <message>
      <source>sin x₁</source>
      <translation>sin x₁</translation>
    </message>
    <message>
      <source>sin x₂</source>
      <translation>sin x₂</translation>
    </message>
    <message>
      <source>sine-forecast-gru</source>
      <translation>sine-forecast-gru</translation>
    </message>
    <message>
      <source>sparse-autoencoder</source>
      <translation>sparse-autoencoder</translation>
    </message>
    <message>
      <source>spiral-deep</source>
      <translation>spiral-deep</translation>
    </message>
    <message>
      <source>state_dict and design; load with torch.load(path, weights_only=True)</source>
      <translation>state_dict и схема; загрузка: torch.load(path, weights_only=True)</translation>
    </message>
    <message>
      <source>step</source>
      <translation>шаг</translation>
    </message>
    <message>
      <source>step {step}</source>
      <translation>шаг {step}</translation>
    </message>
    <message>
      <source>step {step}
train {train}
test {test}</source>
      <translation>шаг {step}
обуч. {train}
тест {test}</translation>
    </message>
    <message>
      <source>step {step} · temperature {temperature}</source>
      <translation>шаг {step} · температура {temperature}</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>остановлено</translation>
    </message>
    <message>
      <source>supervised on 0–4</source>
      <translation>с учителем на 0–4</translation>
    </message>
    <message>
      <source>tabs</source>
      <translation>табуляции</translation>
    </message>
    <message>
      <source>takes a sequence of symbol ids (time,) but receives {shape}: connect it right after the Input of a text dataset</source>
      <translation>принимает последовательность идентификаторов символов (время,), но получает {shape}: подключите его сразу после Входа текстового набора данных</translation>
    </message>
    <message>
      <source>takes the vector of one centre word (1×dimension) but receives {shape}: connect it right after the Embedding</source>
      <translation>принимает вектор одного центрального слова (1×размерность), но получает {shape}: подключите его сразу после Embedding</translation>
    </message>
    <message>
      <source>target</source>
      <translation>цель</translation>
    </message>
    <message>
      <source>target (the next value)</source>
      <translation>цель (следующее значение)</translation>
    </message>
    <message>
      <source>target (their sum)</source>
      <translation>цель (их сумма)</translation>
    </message>
    <message>
      <source>target {target} = {first} + {second} (the marked values), predicted {predicted} · error {error}</source>
      <translation>цель {target} = {first} + {second} (отмеченные значения), предсказано {predicted} · ошибка {error}</translation>
    </message>
    <message>
      <source>target {target}, predicted {predicted} · error {error}</source>
      <translation>цель {target}, предсказано {predicted} · ошибка {error}</translation>
    </message>
    <message>
      <source>target {want}, predicted {got} (p = {p}) ✓</source>
      <translation>цель {want}, предсказано {got} (p = {p}) ✓</translation>
    </message>
    <message>
      <source>target {want}, predicted {got} ✓</source>
      <translation>цель {want}, предсказано {got} ✓</translation>
    </message>
    <message>
      <source>target {want}, predicted {got} ✗</source>
      <translation>цель {want}, предсказано {got} ✗</translation>
    </message>
    <message>
      <source>target {want}, predicted {got} ✗ ({want} got p = {p})</source>
      <translation>цель {want}, предсказано {got} ✗ ({want} получил p = {p})</translation>
    </message>
    <message>
      <source>target: the next value at every step</source>
      <translation>цель: следующее значение на каждом шаге</translation>
    </message>
    <message>
      <source>test</source>
      <translation>тест</translation>
    </message>
    <message>
      <source>test acc. {value}</source>
      <translation>точность (тест) {value}</translation>
    </message>
    <message>
      <source>test data</source>
      <translation>тестовые данные</translation>
    </message>
    <message>
      <source>test loss {value}</source>
      <translation>потери на тесте {value}</translation>
    </message>
    <message>
      <source>test sample {index}: true {true}</source>
      <translation>тестовый образец {index}: истинный {true}</translation>
    </message>
    <message>
      <source>test sample {index}: true {true}, predicted {predicted}</source>
      <translation>тестовый образец {index}: истинный {true}, предсказано {predicted}</translation>
    </message>
    <message>
      <source>the GPU ({name}) could not be started: {error}. Choose CPU as the training device</source>
      <translation>не удалось запустить GPU ({name}): {error}. Выберите устройством обучения CPU</translation>
    </message>
    <message>
      <source>the LSTM's long-term memory (values beyond ±1 are drawn as ±1)</source>
      <translation>долговременная память LSTM (значения за пределами ±1 показаны как ±1)</translation>
    </message>
    <message>
      <source>the Output</source>
      <translation>Выход</translation>
    </message>
    <message>
      <source>the Output or the Generated sample</source>
      <translation>«Выход» или «Сгенерированный образец»</translation>
    </message>
    <message>
      <source>the RBM layer {name} has binary visible units, so the values it receives must lie between 0 and 1 (pixels and the hidden probabilities of another RBM do), but they range from {low} to {high}: feed it images, an RBM or a Sigmoid</source>
      <translation>слой RBM {name} имеет бинарные видимые нейроны, поэтому получаемые им значения должны лежать между 0 и 1 (как пиксели и скрытые вероятности другой RBM), но они лежат в диапазоне от {low} до {high}: подайте на него изображения, RBM или Sigmoid</translation>
    </message>
    <message>
      <source>the RBM pretraining trains the design's RBM layers, and it has none: put an RBM layer after the Flatten, or choose another pretraining</source>
      <translation>предобучение RBM обучает слои RBM схемы, а в ней их нет: поставьте слой RBM после Flatten или выберите другое предобучение</translation>
    </message>
    <message>
      <source>the SkipGram head</source>
      <translation>выходная часть SkipGram</translation>
    </message>
    <message>
      <source>the bundled text {file} cannot be read: {error}</source>
      <translation>не удаётся прочитать встроенный текст {file}: {error}</translation>
    </message>
    <message>
      <source>the clipboard does not hold NN Playground layers</source>
      <translation>буфер обмена не содержит слоёв NN Playground</translation>
    </message>
    <message>
      <source>the clipboard's layer data is damaged</source>
      <translation>данные слоёв в буфере обмена повреждены</translation>
    </message>
    <message>
      <source>the connections between layers changed after the weights were trained</source>
      <translation>соединения между слоями изменились после обучения весов</translation>
    </message>
    <message>
      <source>the data has {classes} classes: choose multi-class and {classes} outputs</source>
      <translation>в данных классов: {classes}; выберите многоклассовую классификацию и число выходов {classes}</translation>
    </message>
    <message>
      <source>the data is for {wanted}, but the head's task is {task}: change the task</source>
      <translation>данные предназначены для {wanted}, а задача выходной части — {task}: измените задачу</translation>
    </message>
    <message>
      <source>the data setting {name} is {now} now, the run was trained with {was}</source>
      <translation>параметр данных {name} сейчас равен {now}, а запуск обучен с {was}</translation>
    </message>
    <message>
      <source>the data wants a prediction at every one of its {steps} steps ({wanted}), but it gets {shape}: let the recurrent layer return sequences and end with a TimeDense of {units}</source>
      <translation>данные требуют прогноза на каждом из шагов (всего {steps}) ({wanted}), но получают {shape}: пусть рекуррентный слой возвращает последовательности, а в конце поставьте TimeDense на {units}</translation>
    </message>
    <message>
      <source>the data wants one prediction after the last step ({what}), but it gets one per step ({shape}): let the last recurrent layer return only its last state, then a Dense</source>
      <translation>данные требуют одного прогноза после последнего шага ({what}), но получают по одному на шаг ({shape}): пусть последний рекуррентный слой возвращает только своё последнее состояние, а далее — Dense</translation>
    </message>
    <message>
      <source>the design cannot be built: {e}</source>
      <translation>схему невозможно построить: {e}</translation>
    </message>
    <message>
      <source>the design has a cycle; remove one of the connections that loop back</source>
      <translation>схема содержит цикл; удалите одно из соединений, замыкающихся назад</translation>
    </message>
    <message>
      <source>the design has {count} {kind} layers; keep exactly one</source>
      <translation>в схеме слоёв {kind}: {count}; оставьте ровно один</translation>
    </message>
    <message>
      <source>the design is not valid: {problem}</source>
      <translation>схема некорректна: {problem}</translation>
    </message>
    <message>
      <source>the design needs a {kind} layer ({role}): drag one from the palette</source>
      <translation>схеме нужен слой {kind} ({role}): перетащите его из палитры</translation>
    </message>
    <message>
      <source>the design needs an {kind} layer ({role}): drag one from the palette</source>
      <translation>схеме нужен слой {kind} ({role}): перетащите его из палитры</translation>
    </message>
    <message>
      <source>the discriminator has no weights to learn: put a Dense layer before the Output</source>
      <translation>у дискриминатора нет весов для обучения: поставьте слой Dense перед «Выход»</translation>
    </message>
    <message>
      <source>the discriminator says real or fake: set the task to binary classification with 1 output value</source>
      <translation>дискриминатор определяет, настоящее или поддельное: задайте задачу бинарной классификации с 1 выходным значением</translation>
    </message>
    <message>
      <source>the discriminator's Output</source>
      <translation>«Выход» дискриминатора</translation>
    </message>
    <message>
      <source>the discriminator's loss became {loss} at step {step}; {where} went non-finite first. Try a smaller learning rate, gradient clipping or the least-squares loss, then press Reset</source>
      <translation>потери дискриминатора стали {loss} на шаге {step}; бесконечные значения впервые появились в: {where}. Попробуйте меньшую скорость обучения, обрезку градиентов или функцию потерь наименьших квадратов, затем нажмите «Сбросить»</translation>
    </message>
    <message>
      <source>the discriminator's verdict</source>
      <translation>вердикт дискриминатора</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text; is it really an NN Playground project?</source>
      <translation>файл не является текстом UTF-8; действительно ли это проект NN Playground?</translation>
    </message>
    <message>
      <source>the file is not valid JSON (line {line}, column {column}): {why}</source>
      <translation>файл не является корректным JSON (строка {line}, столбец {column}): {why}</translation>
    </message>
    <message>
      <source>the file is not valid JSON: {why}</source>
      <translation>файл не является корректным JSON: {why}</translation>
    </message>
    <message>
      <source>the file must hold a JSON object</source>
      <translation>файл должен содержать объект JSON</translation>
    </message>
    <message>
      <source>the file now holds {count} classes but the project was set up for {recorded}</source>
      <translation>файл теперь содержит классов: {count}, но проект был настроен на {recorded}</translation>
    </message>
    <message>
      <source>the folder now holds {count} classes but the project was set up for {recorded}</source>
      <translation>папка теперь содержит классов: {count}, но проект был настроен на {recorded}</translation>
    </message>
    <message>
      <source>the generator has no weights to learn: put a Dense layer between Noise and Generated</source>
      <translation>у генератора нет весов для обучения: поставьте слой Dense между «Шум» и «Сгенерированное»</translation>
    </message>
    <message>
      <source>the generator makes samples of {shape} values but the real samples have {real}: set the last Dense before it to {units} units</source>
      <translation>генератор создаёт образцы из значений: {shape}, но настоящие образцы имеют {real}: задайте в последнем слое Dense перед ним число нейронов {units}</translation>
    </message>
    <message>
      <source>the generator's Generated</source>
      <translation>«Сгенерированное» генератора</translation>
    </message>
    <message>
      <source>the generator's fake sample</source>
      <translation>поддельный образец генератора</translation>
    </message>
    <message>
      <source>the generator's loss became {loss} at step {step}; {where} went non-finite first. Try a smaller learning rate, gradient clipping or the least-squares loss, then press Reset</source>
      <translation>потери генератора стали {loss} на шаге {step}; бесконечные значения впервые появились в: {where}. Попробуйте меньшую скорость обучения, обрезку градиентов или функцию потерь наименьших квадратов, затем нажмите «Сбросить»</translation>
    </message>
    <message>
      <source>the head that predicts</source>
      <translation>выходная часть, делающая прогноз</translation>
    </message>
    <message>
      <source>the images are now {shape} but the project was set up for {recorded}</source>
      <translation>изображения теперь имеют размер {shape}, но проект был настроен на {recorded}</translation>
    </message>
    <message>
      <source>the loss (the outputs were finite)</source>
      <translation>потери (выходы были конечными)</translation>
    </message>
    <message>
      <source>the loss became {loss} at step {step}: try a smaller learning rate, then press Reset</source>
      <translation>потери стали {loss} на шаге {step}: попробуйте меньшую скорость обучения, затем нажмите «Сбросить»</translation>
    </message>
    <message>
      <source>the loss became {loss} at step {step}; {where} went non-finite first. Try a smaller learning rate, gradient clipping or BatchNorm, then press Reset</source>
      <translation>потери стали {loss} на шаге {step}; бесконечные значения впервые появились в: {where}. Попробуйте меньшую скорость обучения, обрезку градиентов или BatchNorm, затем нажмите «Сбросить»</translation>
    </message>
    <message>
      <source>the model given is the {role}, not the {network}</source>
      <translation>данная модель — это {role}, а не {network}</translation>
    </message>
    <message>
      <source>the network predicts the next character at every step</source>
      <translation>сеть предсказывает следующий символ на каждом шаге</translation>
    </message>
    <message>
      <source>the network {network} exists only in a GAN design; this design is one network: leave it out</source>
      <translation>сеть {network} существует только в схеме GAN; эта схема — одна сеть: уберите её</translation>
    </message>
    <message>
      <source>the new state offered at this step</source>
      <translation>новое состояние, предложенное на этом шаге</translation>
    </message>
    <message>
      <source>the new values offered to the cell</source>
      <translation>новые значения, предложенные ячейке</translation>
    </message>
    <message>
      <source>the output of layer '{name}'</source>
      <translation>выход слоя '{name}'</translation>
    </message>
    <message>
      <source>the output of the discriminator's layer '{layer}'</source>
      <translation>выход слоя дискриминатора '{layer}'</translation>
    </message>
    <message>
      <source>the output of the generator's layer '{layer}'</source>
      <translation>выход слоя генератора '{layer}'</translation>
    </message>
    <message>
      <source>the patches of the relative-position pretraining ({size}×{size} pixels) are too small for this design's convolution layers: use fewer pooling layers before the Flatten</source>
      <translation>фрагменты для предобучения по взаимному расположению ({size}×{size} пикселей) слишком малы для свёрточных слоёв этой схемы: используйте меньше слоёв пулинга перед Flatten</translation>
    </message>
    <message>
      <source>the perceptron rule cannot train a GAN: choose backpropagation</source>
      <translation>правило перцептрона не может обучить GAN: выберите обратное распространение ошибки</translation>
    </message>
    <message>
      <source>the perceptron rule cannot train word vectors: choose backpropagation</source>
      <translation>правило перцептрона не может обучать векторы слов: выберите обратное распространение ошибки</translation>
    </message>
    <message>
      <source>the perceptron rule trains a single layer of step units: build {shape}</source>
      <translation>правило перцептрона обучает один слой пороговых нейронов: постройте {shape}</translation>
    </message>
    <message>
      <source>the picture could not be encoded as PNG</source>
      <translation>не удалось закодировать изображение как PNG</translation>
    </message>
    <message>
      <source>the project has no variants to compare</source>
      <translation>в проекте нет вариантов для сравнения</translation>
    </message>
    <message>
      <source>the project inside {file} is larger than 20 MB</source>
      <translation>проект внутри {file} больше 20 МБ</translation>
    </message>
    <message>
      <source>the recovery file cannot be read: {reason}</source>
      <translation>не удалось прочитать файл восстановления: {reason}</translation>
    </message>
    <message>
      <source>the relative-position pretraining needs images: choose an image data set or another pretraining</source>
      <translation>предобучению по взаимному расположению нужны изображения: выберите набор данных с изображениями или другое предобучение</translation>
    </message>
    <message>
      <source>the relative-position pretraining trains the convolution layers before the first Flatten or Dense layer, and this design has none there: add a Conv2d after the Input or choose another pretraining</source>
      <translation>предобучение по взаимному расположению обучает свёрточные слои перед первым слоем Flatten или Dense, а в этой схеме их там нет: добавьте Conv2d после Входа или выберите другое предобучение</translation>
    </message>
    <message>
      <source>the run does not belong to the project as it is now ({problem}): reset the run first</source>
      <translation>запуск не соответствует текущему состоянию проекта ({problem}): сначала сбросьте запуск</translation>
    </message>
    <message>
      <source>the saved CUDA random state is damaged</source>
      <translation>сохранённое случайное состояние CUDA повреждено</translation>
    </message>
    <message>
      <source>the saved batch cursor {cursor} lies outside the batch order</source>
      <translation>сохранённый курсор пакета {cursor} лежит вне порядка пакетов</translation>
    </message>
    <message>
      <source>the saved batch order does not fit the training data</source>
      <translation>сохранённый порядок пакетов не соответствует обучающим данным</translation>
    </message>
    <message>
      <source>the saved batch order is not a shuffle of the training data</source>
      <translation>сохранённый порядок пакетов не является перестановкой обучающих данных</translation>
    </message>
    <message>
      <source>the saved random state '{name}' is damaged (expected {size} bytes)</source>
      <translation>сохранённое случайное состояние '{name}' повреждено (ожидалось байт: {size})</translation>
    </message>
    <message>
      <source>the saved run lacks its pass over the text or its count of pairs</source>
      <translation>в сохранённом запуске нет прохода по тексту или счётчика пар</translation>
    </message>
    <message>
      <source>the saved run lacks the count of real samples seen</source>
      <translation>в сохранённом запуске нет числа просмотренных настоящих образцов</translation>
    </message>
    <message>
      <source>the saved run's pretraining does not fit this design</source>
      <translation>предобучение сохранённого запуска не подходит к этой схеме</translation>
    </message>
    <message>
      <source>the saved weights have nothing for {layer} ({what})</source>
      <translation>в сохранённых весах нет ничего для {layer} ({what})</translation>
    </message>
    <message>
      <source>the saved weights hold '{prefix}{stray}', which no layer of the design has</source>
      <translation>сохранённые веса содержат '{prefix}{stray}', которого нет ни в одном слое схемы</translation>
    </message>
    <message>
      <source>the saved weights hold '{stray}', which belongs to neither network</source>
      <translation>сохранённые веса содержат '{stray}', что не принадлежит ни одной сети</translation>
    </message>
    <message>
      <source>the saved {what} state '{name}' does not fit its weight ({saved} for {needed})</source>
      <translation>сохранённое состояние {what} '{name}' не соответствует своему весу ({saved} вместо {needed})</translation>
    </message>
    <message>
      <source>the saved {what} state does not fit: {e}</source>
      <translation>сохранённое состояние {what} не подходит: {e}</translation>
    </message>
    <message>
      <source>the saved {what} state is for a different set of weights</source>
      <translation>сохранённое состояние {what} предназначено для другого набора весов</translation>
    </message>
    <message>
      <source>the saved {what} state refers to a weight that does not exist ({idx})</source>
      <translation>сохранённое состояние {what} ссылается на вес, которого не существует ({idx})</translation>
    </message>
    <message>
      <source>the setting {name} takes effect after a reset</source>
      <translation>параметр {name} вступит в силу после сброса</translation>
    </message>
    <message>
      <source>the skip-gram objective</source>
      <translation>целевая функция skip-gram</translation>
    </message>
    <message>
      <source>the text arrives as symbol ids (whole numbers, not measurements): put an Embedding right after the Input</source>
      <translation>текст поступает как id символов (целые числа, а не измерения): поставьте Embedding сразу после входа</translation>
    </message>
    <message>
      <source>the text has {vocab} different symbols: set the vocabulary to at least {vocab}</source>
      <translation>текст содержит различных символов: {vocab}; задайте размер словаря не меньше {vocab}</translation>
    </message>
    <message>
      <source>the trained model no longer matches the design (a layer was changed since training): train again, or undo the change, before exporting</source>
      <translation>обученная модель больше не соответствует схеме (слой изменён после обучения): обучите заново или отмените изменение перед экспортом</translation>
    </message>
    <message>
      <source>the training setting {name} is {now} now, the run used {was}</source>
      <translation>параметр обучения {name} сейчас равен {now}, а запуск использовал {was}</translation>
    </message>
    <message>
      <source>the {kernel} does not fit the {image}: use a smaller kernel, padding or fewer pooling layers</source>
      <translation>{kernel} не помещается в {image}: используйте меньшее ядро, дополнение или меньше слоёв пулинга</translation>
    </message>
    <message>
      <source>this design needs about {needed} GB of memory to train, and {device} has {free} GB free: use fewer or smaller layers, a smaller batch or smaller images</source>
      <translation>для обучения этой схемы нужно около {needed} ГБ памяти, а на {device} свободно {free} ГБ: уменьшите число или размер слоёв, размер пакета или изображений</translation>
    </message>
    <message>
      <source>this is not an NN Playground project (format is {found}, expected {expected})</source>
      <translation>это не проект NN Playground (формат {found}, ожидался {expected})</translation>
    </message>
    <message>
      <source>this project has no lesson check</source>
      <translation>в этом проекте нет проверки урока</translation>
    </message>
    <message>
      <source>this project was saved by a newer NN Playground (file version {version}, this app reads up to {supported}): update the app to open it</source>
      <translation>этот проект сохранён более новой версией NN Playground (версия файла {version}, эта программа читает до {supported}): обновите программу, чтобы открыть его</translation>
    </message>
    <message>
      <source>time step</source>
      <translation>временной шаг</translation>
    </message>
    <message>
      <source>time step t</source>
      <translation>временной шаг t</translation>
    </message>
    <message>
      <source>torch.export program (.pt2)</source>
      <translation>программа torch.export (.pt2)</translation>
    </message>
    <message>
      <source>torch.export program, input {input}, any batch size; torch.export.load(path).module()</source>
      <translation>программа torch.export, вход {input}, любой размер пакета; torch.export.load(path).module()</translation>
    </message>
    <message>
      <source>train</source>
      <translation>обуч.</translation>
    </message>
    <message>
      <source>trained {steps} steps in {seconds} s</source>
      <translation>обучено за {seconds} с (шагов: {steps})</translation>
    </message>
    <message>
      <source>training</source>
      <translation>обучение</translation>
    </message>
    <message>
      <source>training data</source>
      <translation>обучающие данные</translation>
    </message>
    <message>
      <source>training stopped by an unexpected error: {kind}: {error}</source>
      <translation>обучение остановлено из-за непредвиденной ошибки: {kind}: {error}</translation>
    </message>
    <message>
      <source>training stopped: {reason}</source>
      <translation>обучение остановлено: {reason}</translation>
    </message>
    <message>
      <source>transfer-learning</source>
      <translation>transfer-learning</translation>
    </message>
    <message>
      <source>true</source>
      <translation>истинный</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>логическое значение (true или false)</translation>
    </message>
    <message>
      <source>true {true} → predicted {predicted}: {count} of {total}</source>
      <translation>истинный {true} → предсказано {predicted}: {count} из {total}</translation>
    </message>
    <message>
      <source>turns noise z into fake samples</source>
      <translation>превращает шум z в поддельные образцы</translation>
    </message>
    <message>
      <source>typed word</source>
      <translation>введённое слово</translation>
    </message>
    <message>
      <source>unknown export format {fmt}; choose one of {formats}</source>
      <translation>неизвестный формат экспорта {fmt}; выберите один из {formats}</translation>
    </message>
    <message>
      <source>unknown layer kind {kind}; known kinds: {kinds}</source>
      <translation>неизвестный тип слоя {kind}; известные типы: {kinds}</translation>
    </message>
    <message>
      <source>unknown network {network}; a GAN design has a generator and a discriminator</source>
      <translation>неизвестная сеть {network}; схема GAN содержит генератор и дискриминатор</translation>
    </message>
    <message>
      <source>unknown training device {name}: choose auto, cpu, cuda or mps</source>
      <translation>неизвестное устройство обучения {name}: выберите auto, cpu, cuda или mps</translation>
    </message>
    <message>
      <source>update gate</source>
      <translation>вентиль обновления</translation>
    </message>
    <message>
      <source>value</source>
      <translation>значение</translation>
    </message>
    <message>
      <source>values from {low} to {high}</source>
      <translation>значения от {low} до {high}</translation>
    </message>
    <message>
      <source>values tanh</source>
      <translation>значения tanh</translation>
    </message>
    <message>
      <source>vanishing</source>
      <translation>затухание</translation>
    </message>
    <message>
      <source>vanishing-cures</source>
      <translation>vanishing-cures</translation>
    </message>
    <message>
      <source>vanishing-relu-he</source>
      <translation>vanishing-relu-he</translation>
    </message>
    <message>
      <source>vanishing-sigmoid</source>
      <translation>vanishing-sigmoid</translation>
    </message>
    <message>
      <source>variant {label} does not get the same data as the others</source>
      <translation>вариант {label} получает не те же данные, что остальные</translation>
    </message>
    <message>
      <source>variant {label}: {reason}</source>
      <translation>вариант {label}: {reason}</translation>
    </message>
    <message>
      <source>version must be a positive integer, got {value}</source>
      <translation>версия должна быть положительным целым числом, получено {value}</translation>
    </message>
    <message>
      <source>weights; the design JSON is in the metadata under "design"</source>
      <translation>веса; JSON схемы хранится в метаданных под ключом "design"</translation>
    </message>
    <message>
      <source>what the layer outputs at each step</source>
      <translation>что слой выдаёт на каждом шаге</translation>
    </message>
    <message>
      <source>where the centre word's id enters</source>
      <translation>куда поступает id центрального слова</translation>
    </message>
    <message>
      <source>where the data enters</source>
      <translation>где данные входят в сеть</translation>
    </message>
    <message>
      <source>where the discriminator sees samples</source>
      <translation>где дискриминатор видит образцы</translation>
    </message>
    <message>
      <source>where the generator starts</source>
      <translation>откуда стартует генератор</translation>
    </message>
    <message>
      <source>word vectors come from a word2vec design (a text corpus, Input → Embedding → SkipGram); this design has none: choose another format</source>
      <translation>векторы слов даёт схема word2vec (текстовый корпус, Вход → Embedding → SkipGram); эта схема не такая: выберите другой формат</translation>
    </message>
    <message>
      <source>word2vec</source>
      <translation>word2vec</translation>
    </message>
    <message>
      <source>word2vec (skip-gram with negative sampling) on Lewis Carroll's Alice's Adventures in Wonderland: the Embedding's rows are the word vectors x_w; the SkipGram head pulls together the vectors of a word and the words within ±3 of it, and pushes away 5 noise words per pair. Type words in the 'Nearest words' panel; the 'Word map' shows the 60 most frequent words on the two principal axes of their vectors.</source>
      <translation>word2vec (skip-gram с отрицательным сэмплированием) на «Приключениях Алисы в Стране чудес» Льюиса Кэрролла: строки слоя Embedding — векторы слов x_w; выходная часть SkipGram сближает векторы слова и слов в пределах ±3 от него и отталкивает 5 шумовых слов на пару. Вводите слова на панели «Ближайшие слова»; «Карта слов (PCA)» показывает 60 самых частых слов на двух главных осях их векторов.</translation>
    </message>
    <message>
      <source>word2vec learns from a text: choose a corpus in the data settings</source>
      <translation>word2vec обучается по тексту: выберите корпус в настройках данных</translation>
    </message>
    <message>
      <source>word2vec: nearest neighbours</source>
      <translation>word2vec: ближайшие соседи</translation>
    </message>
    <message>
      <source>wrong</source>
      <translation>неверно</translation>
    </message>
    <message>
      <source>wrong guess</source>
      <translation>неверная догадка</translation>
    </message>
    <message>
      <source>xor-mlp</source>
      <translation>xor-mlp</translation>
    </message>
    <message>
      <source>xor-perceptron</source>
      <translation>xor-perceptron</translation>
    </message>
    <message>
      <source>x₁</source>
      <translation>x₁</translation>
    </message>
    <message>
      <source>x₁²</source>
      <translation>x₁²</translation>
    </message>
    <message>
      <source>x₁·x₂</source>
      <translation>x₁·x₂</translation>
    </message>
    <message>
      <source>x₂</source>
      <translation>x₂</translation>
    </message>
    <message>
      <source>x₂²</source>
      <translation>x₂²</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>{beyond} drawn point is of a class beyond the {k} classes set: raise Classes or remove them (right-click).</source>
      <translation>Нарисованных точек с классом вне заданных классов ({k}): {beyond}; увеличьте «Классы» или удалите их (правый щелчок).</translation>
    </message>
    <message>
      <source>{beyond} drawn points are of a class beyond the {k} classes set: raise Classes or remove them (right-click).</source>
      <translation>Нарисованных точек с классом вне заданных классов ({k}): {beyond}; увеличьте «Классы» или удалите их (правый щелчок).</translation>
    </message>
    <message>
      <source>{caption} (last {n} shown)</source>
      <translation>{caption} (показано последних: {n})</translation>
    </message>
    <message>
      <source>{count} filter</source>
      <translation>фильтров: {count}</translation>
    </message>
    <message>
      <source>{count} filters</source>
      <translation>фильтров: {count}</translation>
    </message>
    <message>
      <source>{count} inputs</source>
      <translation>входов: {count}</translation>
    </message>
    <message>
      <source>{count} points, the most a target holds · right-click clears</source>
      <translation>точек: {count} — максимум для цели · правый щелчок очищает</translation>
    </message>
    <message>
      <source>{count} points, the most the data holds · right-click removes one</source>
      <translation>точек: {count}, максимум для этих данных · правый щелчок удаляет одну</translation>
    </message>
    <message>
      <source>{dataset} is not a GAN target</source>
      <translation>{dataset} не является целью GAN</translation>
    </message>
    <message>
      <source>{field} is not a known field</source>
      <translation>{field} не является известным полем</translation>
    </message>
    <message>
      <source>{field} must be a text</source>
      <translation>{field} должно быть текстом</translation>
    </message>
    <message>
      <source>{file} cannot be read as a saved run: {reason}</source>
      <translation>{file} не удаётся прочитать как сохранённый запуск: {reason}</translation>
    </message>
    <message>
      <source>{file} could not be opened:

{reason}</source>
      <translation>Не удалось открыть {file}:

{reason}</translation>
    </message>
    <message>
      <source>{file} does not exist (moved, renamed or on a removed drive?): {fix}.</source>
      <translation>{file} не существует (перемещён, переименован или на отключённом диске?): {fix}.</translation>
    </message>
    <message>
      <source>{file} has no column {name} (it has {columns}…): {fix}.</source>
      <translation>в {file} нет столбца {name} (есть {columns}…): {fix}.</translation>
    </message>
    <message>
      <source>{file} holds no project.json: is it really a run saved by NN Playground?</source>
      <translation>{file} не содержит project.json: действительно ли это запуск, сохранённый NN Playground?</translation>
    </message>
    <message>
      <source>{file} is not a safetensors weights file ({reason})</source>
      <translation>{file} не является файлом весов safetensors ({reason})</translation>
    </message>
    <message>
      <source>{file} is {mb} MB; a project file is at most 20 MB</source>
      <translation>{file} имеет размер {mb} МБ; файл проекта может иметь не более 20 МБ</translation>
    </message>
    <message>
      <source>{file}: {rows} rows × {columns} columns (separated by {delimiter})</source>
      <translation>{file}: {rows} × {columns} (строки × столбцы, разделитель {delimiter})</translation>
    </message>
    <message>
      <source>{filters} × {channels}, {size}</source>
      <translation>{filters} × {channels}, {size}</translation>
    </message>
    <message>
      <source>{filters}, {size}</source>
      <translation>{filters}, {size}</translation>
    </message>
    <message>
      <source>{format} export needs {packages}, which are not installed: install them with {extra}</source>
      <translation>для экспорта {format} нужны {packages}, которые не установлены: установите их с помощью {extra}</translation>
    </message>
    <message>
      <source>{format} export needs {packages}, which is not installed: install them with {extra}</source>
      <translation>для экспорта {format} нужны {packages}, которые не установлены: установите их с помощью {extra}</translation>
    </message>
    <message>
      <source>{format}…</source>
      <translation>{format}…</translation>
    </message>
    <message>
      <source>{gate} says</source>
      <translation>Ответ {gate}</translation>
    </message>
    <message>
      <source>{gate}: {meaning}</source>
      <translation>{gate}: {meaning}</translation>
    </message>
    <message>
      <source>{gate}: {right} of {rows} rows right</source>
      <translation>{gate}: верно строк: {right} из {rows}</translation>
    </message>
    <message>
      <source>{help} (logarithmic scale)</source>
      <translation>{help} (логарифмическая шкала)</translation>
    </message>
    <message>
      <source>{hidden} hidden units · tile {tile}</source>
      <translation>скрытых нейронов: {hidden} · плитка {tile}</translation>
    </message>
    <message>
      <source>{images} images of {shape} · {classes} classes (first {shown} shown) · {train} train / {test} test</source>
      <translation>изображений: {images}, размер {shape} · классов: {classes} (показаны первые {shown}) · обуч.: {train} / тест: {test}</translation>
    </message>
    <message>
      <source>{images} images of {shape} · {classes} classes · {train} train / {test} test</source>
      <translation>изображений {shape}: {images} · классов: {classes} · обуч.: {train} / тест: {test}</translation>
    </message>
    <message>
      <source>{kind} '{name}' already has an input; remove that connection first or merge the branches with Add or Concat</source>
      <translation>{kind} '{name}' уже имеет вход; сначала удалите это соединение или объедините ветви с помощью Add или Concat</translation>
    </message>
    <message>
      <source>{kind} '{name}' does not lead to {goal}: connect it or delete it</source>
      <translation>{kind} '{name}' не ведёт к {goal}: подключите или удалите его</translation>
    </message>
    <message>
      <source>{kind} '{name}' has no input port {port}</source>
      <translation>{kind} '{name}' не имеет входного порта {port}</translation>
    </message>
    <message>
      <source>{kind} '{name}' is the end of the network and has no output port</source>
      <translation>{kind} '{name}' — конец сети и не имеет выходного порта</translation>
    </message>
    <message>
      <source>{kind} ({label}): {help}</source>
      <translation>{kind} ({label}): {help}</translation>
    </message>
    <message>
      <source>{kind} has no parameter {param}</source>
      <translation>у {kind} нет параметра {param}</translation>
    </message>
    <message>
      <source>{kind} needs at least two inputs, got {n}: connect another layer to it</source>
      <translation>{kind} требует не менее двух входов, а получено {n}: подключите к нему ещё один слой</translation>
    </message>
    <message>
      <source>{kind} {label} {problem}</source>
      <translation>{kind} {label} {problem}</translation>
    </message>
    <message>
      <source>{k}×{k} kernel</source>
      <translation>ядро {k}×{k}</translation>
    </message>
    <message>
      <source>{k}×{k} kernel (dilated to {span}×{span})</source>
      <translation>ядро {k}×{k} (разреженное до {span}×{span})</translation>
    </message>
    <message>
      <source>{label} has no input: connect a layer's output to it</source>
      <translation>{label} не имеет входа: подключите к нему выход слоя</translation>
    </message>
    <message>
      <source>{label} of '{name}' {problem}</source>
      <translation>{label} узла '{name}' {problem}</translation>
    </message>
    <message>
      <source>{label}: {problem}</source>
      <translation>{label}: {problem}</translation>
    </message>
    <message>
      <source>{label}: {value}</source>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <source>{layer} the weights were trained with is no longer in the design</source>
      <translation>{layer}, с которым обучены веса, больше нет в схеме</translation>
    </message>
    <message>
      <source>{layer} was a {was} when the weights were trained and is a {now} now</source>
      <translation>{layer} был {was}, когда веса обучали, а теперь это {now}</translation>
    </message>
    <message>
      <source>{layer} was added after the weights were trained</source>
      <translation>{layer} добавлен после обучения весов</translation>
    </message>
    <message>
      <source>{layer} — {verdict}</source>
      <translation>{layer} — {verdict}</translation>
    </message>
    <message>
      <source>{layer}, channel {channel}: {low} … {high} (layer: {layer_low} … {layer_high})</source>
      <translation>{layer}, канал {channel}: {low} … {high} (слой: {layer_low} … {layer_high})</translation>
    </message>
    <message>
      <source>{layer}, first layer: {units} units (rows) × {steps} steps (columns) of test sequence {sample}</source>
      <translation>{layer}, первый слой: нейроны ({units}, строки) × шаги ({steps}, столбцы) тестовой последовательности {sample}</translation>
    </message>
    <message>
      <source>{layer}: RBM {i} of {n}, learning without labels (CD-{k})</source>
      <translation>{layer}: RBM {i} из {n}, обучение без меток (CD-{k})</translation>
    </message>
    <message>
      <source>{layer}: RBM {i} of {n}, pretraining done</source>
      <translation>{layer}: RBM {i} из {n}, предобучение завершено</translation>
    </message>
    <message>
      <source>{layer}: each map is one unit's output over the input plane (colours span {low} … {high}). Hover a map to see it large in the Decision boundary panel.</source>
      <translation>{layer}: каждая карта — выход одного нейрона на входной плоскости (цвета охватывают {low} … {high}). Наведите на карту, чтобы увидеть её увеличенной на панели «Граница решений».</translation>
    </message>
    <message>
      <source>{layer}: filter {filter} · {low} … {high}</source>
      <translation>{layer}: фильтр {filter} · {low} … {high}</translation>
    </message>
    <message>
      <source>{layer}: filter {filter}, input {input} · {low} … {high}</source>
      <translation>{layer}: фильтр {filter}, вход {input} · {low} … {high}</translation>
    </message>
    <message>
      <source>{layer}: the saved {what} has the wrong type ({dtype})</source>
      <translation>{layer}: сохранённый {what} имеет неверный тип ({dtype})</translation>
    </message>
    <message>
      <source>{layer}: the saved {what} is {saved}, the design needs {needed}</source>
      <translation>{layer}: сохранённый {what} имеет форму {saved}, а схеме нужно {needed}</translation>
    </message>
    <message>
      <source>{layer}: {caption}</source>
      <translation>{layer}: {caption}</translation>
    </message>
    <message>
      <source>{layer}: {name} is {now} now, the weights were trained with {was}</source>
      <translation>{layer}: {name} сейчас равен {now}, а веса обучены с {was}</translation>
    </message>
    <message>
      <source>{letter} (copy)</source>
      <translation>{letter} (копия)</translation>
    </message>
    <message>
      <source>{low} &amp;nbsp; {high} &amp;nbsp; predicted value; dots: targets</source>
      <translation>{low} &amp;nbsp; {high} &amp;nbsp; предсказанное значение; точки: цели</translation>
    </message>
    <message>
      <source>{message}. Other things to try: gradient clipping (e.g. 1.0), a normalisation layer (BatchNorm), or a smaller initial weight scale.</source>
      <translation>{message}. Что ещё можно попробовать: обрезку градиентов (напр. 1.0), слой нормализации (BatchNorm) или меньший начальный масштаб весов.</translation>
    </message>
    <message>
      <source>{metric} is not measured for this design</source>
      <translation>{metric} не измеряется для этой схемы</translation>
    </message>
    <message>
      <source>{name} cannot be read as an .npz file ({e}).</source>
      <translation>{name} не удаётся прочитать как файл .npz ({e}).</translation>
    </message>
    <message>
      <source>{name} has a single column: a table needs feature columns and a target column, separated by commas, semicolons or tabs.</source>
      <translation>{name} содержит только один столбец: таблице нужны столбцы признаков и целевой столбец, разделённые запятыми, точками с запятой или табуляциями.</translation>
    </message>
    <message>
      <source>{name} has a single data row: a table needs a row per sample.</source>
      <translation>{name} содержит только одну строку данных: таблице нужна строка на каждый образец.</translation>
    </message>
    <message>
      <source>{name} has a single row: a table needs a row per sample.</source>
      <translation>{name} содержит только одну строку: таблице нужна строка на каждый образец.</translation>
    </message>
    <message>
      <source>{name} has more than {most} cells; NN Playground reads fewer: use a sample of its rows.</source>
      <translation>{name} содержит слишком много ячеек (более {most}); NN Playground читает меньше: используйте выборку его строк.</translation>
    </message>
    <message>
      <source>{name} has no {items} array (it holds {held}): save it with np.savez(path, images=..., labels=...).</source>
      <translation>{name} не содержит массива {items} (он содержит {held}): сохраните его с помощью np.savez(path, images=..., labels=...).</translation>
    </message>
    <message>
      <source>{name} has {width} columns; NN Playground reads at most {most}.</source>
      <translation>{name} содержит столбцов: {width}; NN Playground читает не более {most}.</translation>
    </message>
    <message>
      <source>{name} holds binary data, not CSV text.</source>
      <translation>{name} содержит двоичные данные, а не текст CSV.</translation>
    </message>
    <message>
      <source>{name} is a folder, not a CSV file.</source>
      <translation>{name} — это папка, а не CSV-файл.</translation>
    </message>
    <message>
      <source>{name} is a single image: choose the folder that holds one sub-folder of images per class.</source>
      <translation>{name} — это одно изображение: выберите папку, содержащую по одной подпапке с изображениями на класс.</translation>
    </message>
    <message>
      <source>{name} is empty: a table needs a row per sample and a column per value.</source>
      <translation>{name} пуст: таблице нужна строка на каждый образец и столбец на каждое значение.</translation>
    </message>
    <message>
      <source>{name} is neither a folder nor an .npz file: choose a folder of class folders or an .npz file.</source>
      <translation>{name} не является ни папкой, ни файлом .npz: выберите папку с папками классов или файл .npz.</translation>
    </message>
    <message>
      <source>{name} is not UTF-8 text (row {row} holds the byte 0x{raw}): save it as "CSV UTF-8" and choose it again.</source>
      <translation>{name} не является текстом UTF-8 (строка {row} содержит байт 0x{raw}): сохраните его как "CSV UTF-8" и выберите снова.</translation>
    </message>
    <message>
      <source>{name} is not a readable CSV file: {e}.</source>
      <translation>{name} не является читаемым файлом CSV: {e}.</translation>
    </message>
    <message>
      <source>{name} is not a sequence dataset</source>
      <translation>{name} не является набором данных последовательностей</translation>
    </message>
    <message>
      <source>{name} is not an .npz file (save one with np.savez(path, images=..., labels=...)).</source>
      <translation>{name} не является файлом .npz (сохраните его с помощью np.savez(path, images=..., labels=...)).</translation>
    </message>
    <message>
      <source>{name} is {size} MB; NN Playground reads tables of up to {most} MB: use a sample of its rows.</source>
      <translation>{name} имеет размер {size} МБ; NN Playground читает таблицы до {most} МБ: используйте выборку его строк.</translation>
    </message>
    <message>
      <source>{name} stores Python objects, which the playground does not load (they could run code): save numbers, and labels as numbers or a numpy text array (np.array(names, dtype=str)).</source>
      <translation>{name} хранит объекты Python, которые программа не загружает (они могут выполнять код): сохраняйте числа, а метки — как числа или текстовый массив numpy (np.array(names, dtype=str)).</translation>
    </message>
    <message>
      <source>{name} · unit {unit}</source>
      <translation>{name} · нейрон {unit}</translation>
    </message>
    <message>
      <source>{name} · {share} dead</source>
      <translation>{name} · мёртвых: {share}</translation>
    </message>
    <message>
      <source>{name} · {share} sat.</source>
      <translation>{name} · {share} насыщ.</translation>
    </message>
    <message>
      <source>{name}, slope {slope}</source>
      <translation>{name}, наклон {slope}</translation>
    </message>
    <message>
      <source>{name}: 'images' holds NaN or infinite values.</source>
      <translation>{name}: 'images' содержит NaN или бесконечные значения.</translation>
    </message>
    <message>
      <source>{name}: 'images' holds negative values (down to {lo}); pixels must be 0..255 or 0..1.</source>
      <translation>{name}: 'images' содержит отрицательные значения (до {lo}); пиксели должны быть 0..255 или 0..1.</translation>
    </message>
    <message>
      <source>{name}: 'images' holds no images.</source>
      <translation>{name}: 'images' не содержит изображений.</translation>
    </message>
    <message>
      <source>{name}: 'images' holds values up to {hi}; pixels must be 0..255 (or 0..65535).</source>
      <translation>{name}: 'images' содержит значения до {hi}; пиксели должны быть 0..255 (или 0..65535).</translation>
    </message>
    <message>
      <source>{name}: 'images' holds values up to {hi}; pixels must be 0..255 or 0..1.</source>
      <translation>{name}: 'images' содержит значения до {hi}; пиксели должны быть 0..255 или 0..1.</translation>
    </message>
    <message>
      <source>{name}: 'images' must be N×H×W (grey) or N×H×W×C with C = 1 (grey) or 3 (colour); got an array of shape {shape}.</source>
      <translation>{name}: 'images' должен быть N×H×W (серые) или N×H×W×C с C = 1 (серые) или 3 (цветные); получен массив формы {shape}.</translation>
    </message>
    <message>
      <source>{name}: 'images' must hold numbers, got {dtype} values.</source>
      <translation>{name}: 'images' должен содержать числа, а получены значения типа {dtype}.</translation>
    </message>
    <message>
      <source>{name}: 'labels' has {count} entries but 'images' holds {n} images: one label each.</source>
      <translation>{name}: в 'labels' записей: {count}, но 'images' содержит изображений: {n}; нужна одна метка на изображение.</translation>
    </message>
    <message>
      <source>{name}: 'labels' must be a list of N labels, got an array of shape {shape}.</source>
      <translation>{name}: 'labels' должен быть списком из N меток, получен массив формы {shape}.</translation>
    </message>
    <message>
      <source>{name}: 'labels' must be whole numbers or texts (class names), got fractions.</source>
      <translation>{name}: 'labels' должны быть целыми числами или текстами (именами классов), получены дробные числа.</translation>
    </message>
    <message>
      <source>{name}: 'labels' must be whole numbers or texts (class names), got {dtype} values.</source>
      <translation>{name}: 'labels' должен содержать целые числа или тексты (имена классов), а получены значения типа {dtype}.</translation>
    </message>
    <message>
      <source>{name}: 1 cell cannot be used: fill them in or leave their columns out.</source>
      <translation>{name}: 1 ячейку невозможно использовать: заполните её или не используйте её столбец.</translation>
    </message>
    <message>
      <source>{name}: &lt;b&gt;{units}&lt;/b&gt; neurons, {function}</source>
      <translation>{name}: нейронов: &lt;b&gt;{units}&lt;/b&gt;, {function}</translation>
    </message>
    <message>
      <source>{name}: diverged (step {step})</source>
      <translation>{name}: разошёлся (шаг {step})</translation>
    </message>
    <message>
      <source>{name}: the rows do not all have {width} cells like the first ({shown} and {more} more rows): fix those rows.</source>
      <translation>{name}: не все строки содержат столько ячеек, сколько первая ({width}): {shown} и ещё {more}; исправьте эти строки.</translation>
    </message>
    <message>
      <source>{name}: the rows do not all have {width} cells like the first ({shown}): fix those rows.</source>
      <translation>{name}: не все строки содержат столько ячеек, сколько первая ({width}): {shown}; исправьте эти строки.</translation>
    </message>
    <message>
      <source>{name}: the target column now holds the classes {now} but the project was set up for {before}: {fix}.</source>
      <translation>{name}: целевой столбец теперь содержит классы {now}, но проект был настроен на {before}: {fix}.</translation>
    </message>
    <message>
      <source>{name}: {count} cells cannot be used: fill them in or leave their columns out.</source>
      <translation>{name}: ячеек, которые невозможно использовать: {count}; заполните их или не используйте их столбцы.</translation>
    </message>
    <message>
      <source>{name}: {first} and {second}: {fix}.</source>
      <translation>{name}: {first} и {second}: {fix}.</translation>
    </message>
    <message>
      <source>{name}: {loss}</source>
      <translation>{name}: {loss}</translation>
    </message>
    <message>
      <source>{name}: {problem}: {fix}.</source>
      <translation>{name}: {problem}: {fix}.</translation>
    </message>
    <message>
      <source>{name}: {value}</source>
      <translation>{name}: {value}</translation>
    </message>
    <message>
      <source>{n} classes</source>
      <translation>классов: {n}</translation>
    </message>
    <message>
      <source>{n} classes: {names}</source>
      <translation>классы ({n}): {names}</translation>
    </message>
    <message>
      <source>{n} features</source>
      <translation>признаков: {n}</translation>
    </message>
    <message>
      <source>{n} inputs</source>
      <translation>входов: {n}</translation>
    </message>
    <message>
      <source>{n} layers selected. Select one layer to edit its parameters.</source>
      <translation>Выделено слоёв: {n}. Выделите один слой, чтобы изменить его параметры.</translation>
    </message>
    <message>
      <source>{n} more errors since; they are in the log too.</source>
      <translation>Ещё ошибок с тех пор: {n}; они тоже в журнале.</translation>
    </message>
    <message>
      <source>{n} of {count} (test #{index})</source>
      <translation>{n} из {count} (тест №{index})</translation>
    </message>
    <message>
      <source>{n} params</source>
      <translation>параметров: {n}</translation>
    </message>
    <message>
      <source>{n} units</source>
      <translation>нейронов: {n}</translation>
    </message>
    <message>
      <source>{path} could not be saved: {reason}

The design is still open; try another folder or file name.</source>
      <translation>Не удалось сохранить {path}: {reason}

Схема всё ещё открыта; попробуйте другую папку или имя файла.</translation>
    </message>
    <message>
      <source>{path} could not be written: {reason}</source>
      <translation>не удалось записать {path}: {reason}</translation>
    </message>
    <message>
      <source>{path} does not exist (moved, renamed or on a removed drive?): {fix}.</source>
      <translation>{path} не существует (перемещён, переименован или на отключённом диске?): {fix}.</translation>
    </message>
    <message>
      <source>{path} is not a known setting</source>
      <translation>{path} не является известным параметром</translation>
    </message>
    <message>
      <source>{path} must be [channels, height, width], got {value}</source>
      <translation>{path} должен быть [каналы, высота, ширина], получено {value}</translation>
    </message>
    <message>
      <source>{path} must be a unique non-empty text, got {value}</source>
      <translation>{path} должен быть уникальным непустым текстом, а получено {value}</translation>
    </message>
    <message>
      <source>{path} must be a unique text of 1 to 60 characters</source>
      <translation>{path} должен быть уникальным текстом от 1 до 60 символов</translation>
    </message>
    <message>
      <source>{path} must be an object</source>
      <translation>{path} должен быть объектом</translation>
    </message>
    <message>
      <source>{path} must be an object with src and dst node ids</source>
      <translation>{path} должен быть объектом с id узлов src и dst</translation>
    </message>
    <message>
      <source>{path} must be an object, got {value}</source>
      <translation>{path} должен быть объектом, а получено {value}</translation>
    </message>
    <message>
      <source>{path} must be two numbers [x, y]</source>
      <translation>{path} должен быть двумя числами [x, y]</translation>
    </message>
    <message>
      <source>{path} needs either value (a number) or than (another variant's label)</source>
      <translation>{path} требует либо value (число), либо than (метку другого варианта)</translation>
    </message>
    <message>
      <source>{path} {problem}</source>
      <translation>{path} {problem}</translation>
    </message>
    <message>
      <source>{path} {value} is not a known layer kind ({kinds})</source>
      <translation>{path} {value} — неизвестный тип слоя ({kinds})</translation>
    </message>
    <message>
      <source>{path}.metric must be one of {names}</source>
      <translation>{path}.metric должен быть одним из {names}</translation>
    </message>
    <message>
      <source>{path}.op must be one of {names}</source>
      <translation>{path}.op должен быть одним из {names}</translation>
    </message>
    <message>
      <source>{path}.than compares two variants: name the first with variant</source>
      <translation>{path}.than сравнивает два варианта: укажите первый через variant</translation>
    </message>
    <message>
      <source>{path}.value must be a finite number</source>
      <translation>{path}.value должно быть конечным числом</translation>
    </message>
    <message>
      <source>{path}.{key} is not a known field</source>
      <translation>{path}.{key} не является известным полем</translation>
    </message>
    <message>
      <source>{path}.{key} must be a variant's label</source>
      <translation>{path}.{key} должен быть меткой варианта</translation>
    </message>
    <message>
      <source>{path}: {problem}</source>
      <translation>{path}: {problem}</translation>
    </message>
    <message>
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
    <message>
      <source>{rate} steps/s</source>
      <translation>шагов/с: {rate}</translation>
    </message>
    <message>
      <source>{rbm} · error (test MSE): {error}</source>
      <translation>{rbm} · ошибка (MSE на тесте): {error}</translation>
    </message>
    <message>
      <source>{rel} cannot be read ({e}): fix or remove it.</source>
      <translation>{rel} не удаётся прочитать ({e}): исправьте или удалите его.</translation>
    </message>
    <message>
      <source>{rel} is far too large: images may be at most {most}×{most} pixels.</source>
      <translation>{rel} слишком большой: изображения могут иметь не более {most}×{most} пикселей.</translation>
    </message>
    <message>
      <source>{rel} is not an image Pillow can read (png, jpg, bmp or gif): fix or remove it.</source>
      <translation>{rel} не является изображением, которое может прочитать Pillow (png, jpg, bmp или gif): исправьте или удалите его.</translation>
    </message>
    <message>
      <source>{right} of {total} next symbols right</source>
      <translation>верно предсказано следующих символов: {right} из {total}</translation>
    </message>
    <message>
      <source>{right} of {total} next symbols right · mean p(target) = {p}</source>
      <translation>верно предсказано следующих символов: {right} из {total} · среднее p(цель) = {p}</translation>
    </message>
    <message>
      <source>{rows} rows · {features} feature columns → {target} · {train} train / {test} test</source>
      <translation>строк: {rows} · столбцов признаков: {features} → {target} · обуч.: {train} / тест: {test}</translation>
    </message>
    <message>
      <source>{setting} {problem}: keep at least one feature</source>
      <translation>{setting} {problem}: оставьте хотя бы один признак</translation>
    </message>
    <message>
      <source>{shown} of {total} inputs</source>
      <translation>входы: {shown} из {total}</translation>
    </message>
    <message>
      <source>{shown} of {total} layers</source>
      <translation>слои: {shown} из {total}</translation>
    </message>
    <message>
      <source>{sides} input</source>
      <translation>вход {sides}</translation>
    </message>
    <message>
      <source>{sides} input (padded to {padded})</source>
      <translation>вход {sides} (дополнен до {padded})</translation>
    </message>
    <message>
      <source>{speed}/s</source>
      <translation>{speed}/с</translation>
    </message>
    <message>
      <source>{total} sequences of {steps} steps · {symbols} symbols · {train} train / {test} test</source>
      <translation>последовательностей: {total} (шагов: {steps}) · символов: {symbols} · обуч.: {train} / тест: {test}</translation>
    </message>
    <message>
      <source>{total} sequences of {steps} steps · {train} train / {test} test</source>
      <translation>последовательностей: {total} (шагов: {steps}) · обуч.: {train} / тест: {test}</translation>
    </message>
    <message>
      <source>{value} {words}</source>
      <translation>{value} {words}</translation>
    </message>
    <message>
      <source>{what} could not convert this network: {first}</source>
      <translation>{what} не удалось преобразовать эту сеть: {first}</translation>
    </message>
    <message>
      <source>{where} has fewer than 2 classes (only '{only}'): a classifier needs at least 2.</source>
      <translation>{where} содержит меньше 2 классов (только '{only}'): классификатору нужно не менее 2.</translation>
    </message>
    <message>
      <source>{where} has fewer than 2 classes: a classifier needs at least 2.</source>
      <translation>{where} содержит меньше 2 классов: классификатору нужно не менее 2.</translation>
    </message>
    <message>
      <source>{where} has {count} classes; the playground takes at most {most}.</source>
      <translation>{where}: классов — {count}, а программа принимает не более {most}.</translation>
    </message>
    <message>
      <source>{where} holds {count} images; the playground takes at most {most}: use a subset.</source>
      <translation>{where} содержит изображений: {count}; программа принимает не более {most}: используйте подмножество.</translation>
    </message>
    <message>
      <source>{where} is {width}×{height} pixels; the playground takes images of at most {most}×{most}: shrink them (28×28 or 64×64 train quickly).</source>
      <translation>{where} имеет размер {width}×{height} пикселей; программа принимает изображения не больше {most}×{most}: уменьшите их (28×28 или 64×64 обучаются быстро).</translation>
    </message>
    <message>
      <source>{where}: class '{name}' has only {n} image; every class needs at least {least} (one to train on, one to test).</source>
      <translation>{where}: в классе '{name}' изображений только: {n}; каждому классу нужно не менее {least} (одно для обучения, одно для теста).</translation>
    </message>
    <message>
      <source>{where}: {count} images of {size} are too much data (at most {most} million pixel values): use fewer or smaller images.</source>
      <translation>{where}: изображения ({count} шт., размер {size}) — это слишком много данных (не более {most} млн значений пикселей): используйте меньше изображений или изображения меньшего размера.</translation>
    </message>
    <message>
      <source>{words} words read, {vocab} different ones with a vector; most frequent: {top}</source>
      <translation>прочитано слов: {words}, различных слов с вектором: {vocab}; самые частые: {top}</translation>
    </message>
    <message>
      <source>{words} words × {dim} numbers in word2vec's text format</source>
      <translation>слов: {words} × чисел: {dim} в текстовом формате word2vec</translation>
    </message>
    <message>
      <source>σ of the Gaussian noise, or the share of pixels set to 0 by masking.</source>
      <translation>σ гауссова шума или доля пикселей, которые маскирование обнуляет.</translation>
    </message>
    <message>
      <source>… and {count} more</source>
      <translation>… и ещё {count}</translation>
    </message>
    <message>
      <source>… and {n} more</source>
      <translation>… и ещё {n}</translation>
    </message>
    <message>
      <source>→ the class to predict after the last step</source>
      <translation>→ класс, который нужно предсказать после последнего шага</translation>
    </message>
    <message>
      <source>− layer</source>
      <translation>− слой</translation>
    </message>
    <message>
      <source>● train ○ test</source>
      <translation>● обуч. ○ тест</translation>
    </message>
    <message>
      <source>✓ OK</source>
      <translation>✓ Всё в порядке</translation>
    </message>
    <message>
      <source>✓ right</source>
      <translation>✓ верно</translation>
    </message>
    <message>
      <source>✗ wrong</source>
      <translation>✗ неверно</translation>
    </message>
  </context>
</TS>
